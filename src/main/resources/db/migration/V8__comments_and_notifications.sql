-- Comments on any record (plain text) and the notifications that @mentions create.

CREATE TABLE comments (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL,
    record_type VARCHAR(40)   NOT NULL,
    record_id   BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(100)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    edited_at   TIMESTAMP     NULL,
    deleted     BOOLEAN       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_comments_record ON comments (record_type, record_id);

CREATE TABLE notifications (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL,
    recipient_id BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    record_type  VARCHAR(40)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    comment_id   BIGINT,
    actor_id     BIGINT       NOT NULL,
    actor_name   VARCHAR(100) NOT NULL,
    excerpt      VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    read_at      TIMESTAMP    NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_notifications_recipient ON notifications (recipient_id, read_at);
