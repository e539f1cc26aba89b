-- Red flags and strengths per deal ([Stakeholders] item 5). Runs unchanged on H2 (MySQL mode) and MariaDB.

-- Manual red flags and strengths: raised by someone, owned by the person who must clear them.
CREATE TABLE deal_red_flags (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL,
    deal_id       BIGINT       NOT NULL,
    -- FLAG or STRENGTH
    kind          VARCHAR(10)  NOT NULL,
    category      VARCHAR(30)  NOT NULL,
    flag_text     VARCHAR(500) NOT NULL,
    owner_id      BIGINT       NOT NULL,
    raised_by     BIGINT       NOT NULL,
    raised_at     TIMESTAMP    NOT NULL,
    cleared_by    BIGINT,
    cleared_at    TIMESTAMP    NULL,
    clearing_note VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_deal_red_flags_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deal_red_flags_deal ON deal_red_flags (deal_id);

-- Field history (Envers, see V2).
CREATE TABLE deal_red_flags_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    deal_id       BIGINT,
    kind          VARCHAR(10),
    category      VARCHAR(30),
    flag_text     VARCHAR(500),
    owner_id      BIGINT,
    raised_by     BIGINT,
    raised_at     TIMESTAMP    NULL,
    cleared_by    BIGINT,
    cleared_at    TIMESTAMP    NULL,
    clearing_note VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_deal_red_flags_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deal_red_flags_aud_deal ON deal_red_flags_aud (deal_id);

-- The automatic red flags raised now, per deal (derived data: rewritten by the recomputation, never edited), so the
-- board counts them in one query and a newly raised one is told from one raised before. contact_id names the person
-- a rule is about (none for "no coach").
CREATE TABLE deal_auto_red_flags (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version     BIGINT      NOT NULL,
    deal_id     BIGINT      NOT NULL,
    rule_name   VARCHAR(40) NOT NULL,
    contact_id  BIGINT,
    raised_at   TIMESTAMP   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deal_auto_red_flags_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deal_auto_red_flags_deal ON deal_auto_red_flags (deal_id);

-- Company setting: days without contact with a key decision maker before a red flag.
ALTER TABLE sales_process ADD COLUMN no_contact_flag_days INT NOT NULL DEFAULT 30;
