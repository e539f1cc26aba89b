-- Strategic accounts: profile, account team, contacts, the ideal-customer scorecard and 20/80 tiers.
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

CREATE TABLE accounts (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    alt_name            VARCHAR(200),
    industry            VARCHAR(30)   NOT NULL,
    nature              VARCHAR(30)   NOT NULL,
    size_band           VARCHAR(20)   NOT NULL,
    region_id           BIGINT,
    team_id             BIGINT,
    owner_id            BIGINT        NOT NULL,
    funnel_position     VARCHAR(10)   NOT NULL,
    parent_id           BIGINT,
    address             VARCHAR(500),
    website             VARCHAR(300),
    notes               VARCHAR(4000),
    annual_potential    DECIMAL(19, 2) NOT NULL,
    fit_score           DECIMAL(5, 1),
    tier                CHAR(1)       NOT NULL,
    tier_override       CHAR(1),
    not_pursuing        BOOLEAN       NOT NULL,
    not_pursuing_reason VARCHAR(500),
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_accounts_parent FOREIGN KEY (parent_id) REFERENCES accounts (id),
    CONSTRAINT fk_accounts_owner FOREIGN KEY (owner_id) REFERENCES app_users (id),
    CONSTRAINT fk_accounts_team FOREIGN KEY (team_id) REFERENCES org_units (id),
    CONSTRAINT fk_accounts_region FOREIGN KEY (region_id) REFERENCES org_units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_accounts_owner ON accounts (owner_id);
CREATE INDEX ix_accounts_team ON accounts (team_id);
CREATE INDEX ix_accounts_name ON accounts (name);
CREATE INDEX ix_accounts_alt_name ON accounts (alt_name);

-- People of ours with a role on the account (account manager, consultant, executive sponsor, ...).
CREATE TABLE account_team_members (
    account_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    team_role  VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, user_id),
    CONSTRAINT fk_account_team_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_account_team_user FOREIGN KEY (user_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The customer's people; reports_to draws the customer's organisation chart.
CREATE TABLE contacts (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL,
    account_id        BIGINT       NOT NULL,
    name              VARCHAR(100) NOT NULL,
    title             VARCHAR(100),
    department        VARCHAR(100),
    reports_to_id     BIGINT,
    phone             VARCHAR(50),
    email             VARCHAR(200),
    notes             VARCHAR(2000),
    last_contact_date DATE,
    last_contact_by   BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_contacts_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_contacts_reports_to FOREIGN KEY (reports_to_id) REFERENCES contacts (id),
    CONSTRAINT fk_contacts_last_by FOREIGN KEY (last_contact_by) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_contacts_account ON contacts (account_id);

-- The ideal-customer scorecard: criteria set by a director, each scored 0-5 with a description per level.
CREATE TABLE score_criteria (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    weight      INT          NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL,
    level_0     VARCHAR(200),
    level_1     VARCHAR(200),
    level_2     VARCHAR(200),
    level_3     VARCHAR(200),
    level_4     VARCHAR(200),
    level_5     VARCHAR(200),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE account_scores (
    account_id   BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    score        INT    NOT NULL,
    PRIMARY KEY (account_id, criterion_id),
    CONSTRAINT fk_account_scores_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_account_scores_criterion FOREIGN KEY (criterion_id) REFERENCES score_criteria (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Default ideal-customer criteria (editable by directors). Names and level texts are in Chinese and English
-- because the first users are Chinese sales teams; each company rewrites them for its industry.
INSERT INTO score_criteria (version, name, weight, sort_order, active, level_0, level_1, level_2, level_3, level_4, level_5)
VALUES
 (0, '决策周期 Decision cycle', 3, 1, TRUE, '无法判断 Unknown', '超过两年 Over 2 years', '一到两年 1–2 years', '九到十二个月 9–12 months', '六到九个月 6–9 months', '六个月以内 Under 6 months'),
 (0, '预算 Budget', 3, 2, TRUE, '无预算 None', '意向未立项 Intention only', '部分预算 Partly budgeted', '已有预算 Budgeted', '预算已批 Approved', '预算充足且已批 Approved, ample'),
 (0, '战略契合 Strategic fit', 2, 3, TRUE, '不契合 None', '很弱 Weak', '一般 Some', '较好 Good', '很好 Strong', '核心行业 Core target'),
 (0, '示范价值 Reference value', 2, 4, TRUE, '无 None', '很低 Low', '一般 Some', '较高 Good', '很高 High', '行业标杆 Industry showcase'),
 (0, '合作难易 Ease of working together', 1, 5, TRUE, '无法合作 Impossible', '非常困难 Very hard', '困难 Hard', '一般 Average', '顺畅 Smooth', '非常顺畅 Very smooth');
