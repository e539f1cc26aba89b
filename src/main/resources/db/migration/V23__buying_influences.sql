-- Buying influences: a contact of the deal's account in one or more roles on one deal (domain notes, section 5).
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

CREATE TABLE buying_influences (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL,
    deal_id                BIGINT        NOT NULL,
    contact_id             BIGINT        NOT NULL,
    -- Role names in role order, comma-separated (DECISION_MAKER,USER,TECHNICAL_GATEKEEPER,COACH).
    roles                  VARCHAR(100)  NOT NULL,
    influence_level        VARCHAR(10),
    attitude               VARCHAR(10),
    certainty              VARCHAR(10),
    organisational_results VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uq_buying_influences_deal_contact UNIQUE (deal_id, contact_id),
    CONSTRAINT fk_buying_influences_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_buying_influences_contact FOREIGN KEY (contact_id) REFERENCES contacts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_buying_influences_contact ON buying_influences (contact_id);

-- Field history (Envers, see V2); a removed influence keeps its last state.
CREATE TABLE buying_influences_aud (
    id                     BIGINT        NOT NULL,
    rev                    BIGINT        NOT NULL,
    revtype                TINYINT,
    deal_id                BIGINT,
    contact_id             BIGINT,
    roles                  VARCHAR(100),
    influence_level        VARCHAR(10),
    attitude               VARCHAR(10),
    certainty              VARCHAR(10),
    organisational_results VARCHAR(2000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_buying_influences_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_buying_influences_aud_deal ON buying_influences_aud (deal_id);
