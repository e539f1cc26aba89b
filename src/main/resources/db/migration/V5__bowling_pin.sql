-- Bowling-pin beachheads: per target industry the head-pin account(s), the look-alikes they should knock down,
-- and the showcase the head pin is turned into (awards, praise, testimonials, case studies, reference visits).

CREATE TABLE beachheads (
    id       BIGINT        NOT NULL AUTO_INCREMENT,
    version  BIGINT        NOT NULL,
    industry VARCHAR(30)   NOT NULL,
    strategy VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uk_beachheads_industry UNIQUE (industry)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE beachhead_head_pins (
    beachhead_id BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    PRIMARY KEY (beachhead_id, account_id),
    CONSTRAINT fk_head_pins_beachhead FOREIGN KEY (beachhead_id) REFERENCES beachheads (id),
    CONSTRAINT fk_head_pins_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE beachhead_targets (
    beachhead_id BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    PRIMARY KEY (beachhead_id, account_id),
    CONSTRAINT fk_targets_beachhead FOREIGN KEY (beachhead_id) REFERENCES beachheads (id),
    CONSTRAINT fk_targets_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE showcase_items (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    achieved_on  DATE,
    evidence_url VARCHAR(500),
    note         VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_showcase_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_showcase_account ON showcase_items (account_id);
