-- Field-level history (Hibernate Envers): one row per saving transaction in `revisions`, and per audited table an
-- `_aud` copy holding each record's state at every revision (rev = revision, revtype 0 added, 1 changed, 2 deleted).
-- Password hashes are never copied. Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

-- Who saved and when. No foreign key to app_users: history outlives accounts, and keeps the name they had then.
CREATE TABLE revisions (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    revision_timestamp BIGINT       NOT NULL,
    user_id            BIGINT       NULL,
    user_name          VARCHAR(100) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE app_users_aud (
    id                 BIGINT       NOT NULL,
    rev                BIGINT       NOT NULL,
    revtype            TINYINT,
    username           VARCHAR(50),
    full_name          VARCHAR(100),
    email              VARCHAR(200),
    enabled            BOOLEAN,
    preferred_language VARCHAR(10),
    dark_theme         BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_app_users_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE app_user_roles_aud (
    rev       BIGINT      NOT NULL,
    revtype   TINYINT,
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(20) NOT NULL,
    PRIMARY KEY (rev, user_id, role_name),
    CONSTRAINT fk_app_user_roles_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_app_user_roles_aud_user ON app_user_roles_aud (user_id, rev);

CREATE TABLE org_units_aud (
    id         BIGINT       NOT NULL,
    rev        BIGINT       NOT NULL,
    revtype    TINYINT,
    name       VARCHAR(100),
    unit_type  VARCHAR(20),
    parent_id  BIGINT,
    manager_id BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_org_units_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE org_unit_members_aud (
    rev     BIGINT NOT NULL,
    revtype TINYINT,
    unit_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (rev, unit_id, user_id),
    CONSTRAINT fk_org_unit_members_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_org_unit_members_aud_unit ON org_unit_members_aud (unit_id, rev);

-- A database that already holds users or units gets one baseline revision with their current state, so the first
-- change after this migration shows what it changed from. (Empty on a fresh database.)
INSERT INTO revisions (revision_timestamp, user_id, user_name)
SELECT UNIX_TIMESTAMP() * 1000.0, NULL, NULL FROM dual
WHERE EXISTS (SELECT 1 FROM app_users) OR EXISTS (SELECT 1 FROM org_units);

INSERT INTO app_users_aud (id, rev, revtype, username, full_name, email, enabled, preferred_language, dark_theme)
SELECT u.id, (SELECT MAX(r.id) FROM revisions r), 0, u.username, u.full_name, u.email, u.enabled,
       u.preferred_language, u.dark_theme
FROM app_users u;

INSERT INTO app_user_roles_aud (rev, revtype, user_id, role_name)
SELECT (SELECT MAX(r.id) FROM revisions r), 0, ur.user_id, ur.role_name FROM app_user_roles ur;

INSERT INTO org_units_aud (id, rev, revtype, name, unit_type, parent_id, manager_id)
SELECT o.id, (SELECT MAX(r.id) FROM revisions r), 0, o.name, o.unit_type, o.parent_id, o.manager_id
FROM org_units o;

INSERT INTO org_unit_members_aud (rev, revtype, unit_id, user_id)
SELECT (SELECT MAX(r.id) FROM revisions r), 0, m.unit_id, m.user_id FROM org_unit_members m;
