-- Users, roles, login throttling and the sales organisation tree.
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11; tables are utf8mb4 on MySQL.

CREATE TABLE app_users (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL,
    username           VARCHAR(50)  NOT NULL,
    full_name          VARCHAR(100) NOT NULL,
    email              VARCHAR(200),
    password_hash      VARCHAR(200) NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    preferred_language VARCHAR(10),
    dark_theme         BOOLEAN      NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_users_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE app_user_roles (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_app_user_roles_user FOREIGN KEY (user_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per username that failed to log in; lives in the database so a lock holds on every node.
CREATE TABLE login_attempts (
    username       VARCHAR(50) NOT NULL,
    version        BIGINT      NOT NULL,
    failed_count   INT         NOT NULL,
    last_failed_at TIMESTAMP   NULL,
    locked_until   TIMESTAMP   NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Company -> regions -> teams. A unit's manager directs everything below it.
CREATE TABLE org_units (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    unit_type  VARCHAR(20)  NOT NULL,
    parent_id  BIGINT,
    manager_id BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_units_parent FOREIGN KEY (parent_id) REFERENCES org_units (id),
    CONSTRAINT fk_org_units_manager FOREIGN KEY (manager_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE org_unit_members (
    unit_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (unit_id, user_id),
    CONSTRAINT fk_org_unit_members_unit FOREIGN KEY (unit_id) REFERENCES org_units (id),
    CONSTRAINT fk_org_unit_members_user FOREIGN KEY (user_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_org_unit_members_user ON org_unit_members (user_id);
