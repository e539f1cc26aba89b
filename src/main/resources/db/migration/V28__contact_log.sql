-- The contact log (stakeholders): a visit, call or meeting with one or more contacts of an account, on a deal or on
-- the account alone; logging moves the contacts' last contact forward. Runs unchanged on H2 (MySQL mode) and
-- MySQL 8.x / MariaDB 10.11.

CREATE TABLE contact_log_entries (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    deal_id      BIGINT,
    contact_date DATE          NOT NULL,
    contact_kind VARCHAR(10)   NOT NULL,
    -- Our people as user ids in the order given, comma-separated; the first is recorded as the last contact.
    our_people   VARCHAR(400)  NOT NULL,
    note         VARCHAR(2000),
    -- Who logged it; no foreign key: 0 is the system (demo data), as in revisions.
    created_by   BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_log_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_contact_log_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_contact_log_account ON contact_log_entries (account_id, contact_date);
CREATE INDEX ix_contact_log_deal ON contact_log_entries (deal_id, contact_date);

-- The contacts met (all of the entry's account).
CREATE TABLE contact_log_contacts (
    entry_id   BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    PRIMARY KEY (entry_id, contact_id),
    CONSTRAINT fk_contact_log_contacts_entry FOREIGN KEY (entry_id) REFERENCES contact_log_entries (id),
    CONSTRAINT fk_contact_log_contacts_contact FOREIGN KEY (contact_id) REFERENCES contacts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_contact_log_contacts_contact ON contact_log_contacts (contact_id);

-- Field history (Envers, see V2); a deleted entry keeps its last state.
CREATE TABLE contact_log_entries_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL,
    revtype      TINYINT,
    account_id   BIGINT,
    deal_id      BIGINT,
    contact_date DATE,
    contact_kind VARCHAR(10),
    our_people   VARCHAR(400),
    note         VARCHAR(2000),
    created_by   BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_contact_log_entries_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_contact_log_entries_aud_deal ON contact_log_entries_aud (deal_id);

CREATE TABLE contact_log_contacts_aud (
    rev        BIGINT NOT NULL,
    revtype    TINYINT,
    entry_id   BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    PRIMARY KEY (rev, entry_id, contact_id),
    CONSTRAINT fk_contact_log_contacts_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
