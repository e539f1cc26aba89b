-- Influence lines of the relationship map: one contact of an account listens to (is influenced by) another contact
-- of the same account, with an optional short note. They belong to the account, so every deal of it shows them.
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

CREATE TABLE influence_lines (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    -- The contact who listens ...
    from_contact_id BIGINT        NOT NULL,
    -- ... to this one.
    to_contact_id   BIGINT        NOT NULL,
    note            VARCHAR(200),
    PRIMARY KEY (id),
    CONSTRAINT uq_influence_lines_from_to UNIQUE (from_contact_id, to_contact_id),
    CONSTRAINT ck_influence_lines_not_self CHECK (from_contact_id <> to_contact_id),
    CONSTRAINT fk_influence_lines_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_influence_lines_from FOREIGN KEY (from_contact_id) REFERENCES contacts (id),
    CONSTRAINT fk_influence_lines_to FOREIGN KEY (to_contact_id) REFERENCES contacts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_influence_lines_account ON influence_lines (account_id);
CREATE INDEX ix_influence_lines_to ON influence_lines (to_contact_id);

-- Field history (Envers, see V2); a removed line keeps its last state.
CREATE TABLE influence_lines_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    account_id      BIGINT,
    from_contact_id BIGINT,
    to_contact_id   BIGINT,
    note            VARCHAR(200),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_influence_lines_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_influence_lines_aud_account ON influence_lines_aud (account_id);
