-- Field history of accounts and account plans (Hibernate Envers, see V2). Derived values (tier, fit score),
-- collections and time stamps are not audited.

CREATE TABLE accounts_aud (
    id                  BIGINT         NOT NULL,
    rev                 BIGINT         NOT NULL,
    revtype             TINYINT,
    name                VARCHAR(200),
    alt_name            VARCHAR(200),
    industry            VARCHAR(30),
    nature              VARCHAR(30),
    size_band           VARCHAR(20),
    region_id           BIGINT,
    team_id             BIGINT,
    owner_id            BIGINT,
    funnel_position     VARCHAR(10),
    parent_id           BIGINT,
    address             VARCHAR(500),
    website             VARCHAR(300),
    notes               VARCHAR(4000),
    annual_potential    DECIMAL(19, 2),
    tier_override       CHAR(1),
    not_pursuing        BOOLEAN,
    not_pursuing_reason VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_accounts_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE account_plans_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    account_id      BIGINT,
    plan_year       INT,
    status          VARCHAR(20),
    reviewed_by     BIGINT,
    reviewed_at     TIMESTAMP     NULL,
    business_goals  VARCHAR(2000),
    challenges      VARCHAR(2000),
    strengths       VARCHAR(2000),
    vulnerabilities VARCHAR(2000),
    competitors     VARCHAR(2000),
    partners        VARCHAR(2000),
    strategies      VARCHAR(2000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_account_plans_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
