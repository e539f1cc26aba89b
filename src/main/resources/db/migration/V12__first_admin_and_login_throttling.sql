-- A first administrator: one created from HEADPIN_ADMIN_USERNAME / HEADPIN_ADMIN_PASSWORD must choose a new
-- password at first log-in; without them, set-up tokens printed in the log let one create it (one row per node
-- start, all removed once the administrator exists).
ALTER TABLE app_users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE setup_tokens (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    version    BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_setup_tokens_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Failed log-ins count per username and client address (username '' is the address's count over all usernames),
-- so a stranger's guesses cannot keep the real user out. The old per-username locks are dropped with the table.
DROP TABLE login_attempts;

CREATE TABLE login_attempts (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    version         BIGINT      NOT NULL,
    username        VARCHAR(50) NOT NULL,
    client_address  VARCHAR(45) NOT NULL,
    failed_count    INT         NOT NULL,
    first_failed_at TIMESTAMP   NOT NULL,
    last_failed_at  TIMESTAMP   NOT NULL,
    blocked_until   TIMESTAMP   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_login_attempts_username_address UNIQUE (username, client_address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_login_attempts_last_failed ON login_attempts (last_failed_at);
