-- Strategic account plans: one per account and year, reviewed by a director; copied forward as next year's draft.
-- Texts are VARCHAR(2000): seven of them must fit MySQL's 65,535-byte row at 4 bytes per utf8mb4 character.

CREATE TABLE account_plans (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    plan_year       INT           NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    reviewed_by     BIGINT,
    reviewed_at     TIMESTAMP     NULL,
    business_goals  VARCHAR(2000),
    challenges      VARCHAR(2000),
    strengths       VARCHAR(2000),
    vulnerabilities VARCHAR(2000),
    competitors     VARCHAR(2000),
    partners        VARCHAR(2000),
    strategies      VARCHAR(2000),
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_plans_year UNIQUE (account_id, plan_year),
    CONSTRAINT fk_account_plans_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_account_plans_reviewer FOREIGN KEY (reviewed_by) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Whitespace matrix: our offerings (rows) x the customer's business units (columns).
CREATE TABLE plan_offerings (
    plan_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(100) NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_offerings_plan FOREIGN KEY (plan_id) REFERENCES account_plans (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE plan_business_units (
    plan_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(100) NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_units_plan FOREIGN KEY (plan_id) REFERENCES account_plans (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE plan_whitespace (
    plan_id       BIGINT       NOT NULL,
    offering      VARCHAR(100) NOT NULL,
    business_unit VARCHAR(100) NOT NULL,
    cell_status   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (plan_id, offering, business_unit),
    CONSTRAINT fk_plan_whitespace_plan FOREIGN KEY (plan_id) REFERENCES account_plans (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE plan_goals (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    version  BIGINT       NOT NULL,
    plan_id  BIGINT       NOT NULL,
    goal     VARCHAR(300) NOT NULL,
    measure  VARCHAR(200),
    target   VARCHAR(200),
    due_date DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_goals_plan FOREIGN KEY (plan_id) REFERENCES account_plans (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE plan_actions (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    version  BIGINT       NOT NULL,
    plan_id  BIGINT       NOT NULL,
    title    VARCHAR(300) NOT NULL,
    owner_id BIGINT       NOT NULL,
    due_date DATE,
    status   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_actions_plan FOREIGN KEY (plan_id) REFERENCES account_plans (id),
    CONSTRAINT fk_plan_actions_owner FOREIGN KEY (owner_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_plan_actions_plan ON plan_actions (plan_id);

-- Relationship plan: which of the customer's people to develop, by whom, towards what.
CREATE TABLE plan_relationships (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL,
    plan_id      BIGINT       NOT NULL,
    contact_id   BIGINT       NOT NULL,
    developer_id BIGINT       NOT NULL,
    objective    VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_rel_plan FOREIGN KEY (plan_id) REFERENCES account_plans (id),
    CONSTRAINT fk_plan_rel_contact FOREIGN KEY (contact_id) REFERENCES contacts (id),
    CONSTRAINT fk_plan_rel_developer FOREIGN KEY (developer_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
