-- Deals: the company's sales process (six stages and their settings), deals with their team, competitors, partners
-- and exit-criteria ticks, the dated deal history and the deals' field history (Envers).
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

-- The sales process: one row (id 1), edited by administrators and the company's top director. Its version covers
-- the stages, effort, exit criteria and deliverables below: they are saved together.
CREATE TABLE sales_process (
    id                BIGINT    NOT NULL,
    version           BIGINT    NOT NULL,
    prospecting_weeks INT       NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    updated_by        BIGINT,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Per stage (1 seminar ... 6 signed): names in both languages, win probability on reaching it (%), typical weeks to
-- the next stage and the conversion ratio (how many deals at this stage it takes to sign one: 9-6-5-5-3-1).
CREATE TABLE sales_process_stages (
    process_id    BIGINT      NOT NULL,
    stage_no      INT         NOT NULL,
    name_en       VARCHAR(60) NOT NULL,
    name_zh       VARCHAR(60) NOT NULL,
    probability   INT         NOT NULL,
    typical_weeks INT         NOT NULL,
    conversion    INT         NOT NULL,
    PRIMARY KEY (process_id, stage_no),
    CONSTRAINT fk_sales_process_stages FOREIGN KEY (process_id) REFERENCES sales_process (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Effort per role and stage in person-days for one deal ([Resources] and [Planning] read these).
CREATE TABLE sales_process_effort (
    process_id BIGINT        NOT NULL,
    stage_no   INT           NOT NULL,
    deal_role  VARCHAR(20)   NOT NULL,
    days       DECIMAL(6, 1) NOT NULL,
    PRIMARY KEY (process_id, stage_no, deal_role),
    CONSTRAINT fk_sales_process_effort FOREIGN KEY (process_id) REFERENCES sales_process (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What must be true before a deal leaves a stage. A removed criterion stays inactive, so ticks keep their meaning.
CREATE TABLE sales_exit_criteria (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL,
    stage_no   INT          NOT NULL,
    sort_order INT          NOT NULL,
    description VARCHAR(300) NOT NULL,
    active     BOOLEAN      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sales_exit_criteria_stage ON sales_exit_criteria (stage_no, active);

-- The documents the proposal stage produces.
CREATE TABLE sales_deliverables (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Competitors: one company-wide list that deals pick from or add to.
CREATE TABLE competitors (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    version BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_competitors_name ON competitors (name);

CREATE TABLE deals (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    version           BIGINT         NOT NULL,
    account_id        BIGINT         NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    amount            DECIMAL(19, 2) NOT NULL,
    expected_close    DATE           NOT NULL,
    owner_id          BIGINT         NOT NULL,
    team_id           BIGINT,
    region_id         BIGINT,
    stage_no          INT            NOT NULL,
    outcome           VARCHAR(10)    NOT NULL,
    forecast_category VARCHAR(12)    NOT NULL,
    final_amount      DECIMAL(19, 2),
    signed_on         DATE,
    lost_reason       VARCHAR(500),
    lost_to_id        BIGINT,
    next_step         VARCHAR(500),
    phase             VARCHAR(20),
    program_id        BIGINT,
    created_at        TIMESTAMP      NOT NULL,
    updated_at        TIMESTAMP      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deals_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_deals_owner FOREIGN KEY (owner_id) REFERENCES app_users (id),
    CONSTRAINT fk_deals_team FOREIGN KEY (team_id) REFERENCES org_units (id),
    CONSTRAINT fk_deals_region FOREIGN KEY (region_id) REFERENCES org_units (id),
    CONSTRAINT fk_deals_lost_to FOREIGN KEY (lost_to_id) REFERENCES competitors (id),
    CONSTRAINT fk_deals_program FOREIGN KEY (program_id) REFERENCES deals (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deals_account ON deals (account_id);
CREATE INDEX ix_deals_owner ON deals (owner_id);
CREATE INDEX ix_deals_team ON deals (team_id);
CREATE INDEX ix_deals_outcome_stage ON deals (outcome, stage_no);
CREATE INDEX ix_deals_program ON deals (program_id);
CREATE INDEX ix_deals_name ON deals (name);

-- The deal team: our people with a role on the deal. They open the deal wherever it is placed.
CREATE TABLE deal_team_members (
    deal_id   BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    deal_role VARCHAR(20) NOT NULL,
    PRIMARY KEY (deal_id, user_id),
    CONSTRAINT fk_deal_team_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_deal_team_user FOREIGN KEY (user_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deal_team_user ON deal_team_members (user_id);

CREATE TABLE deal_competitors (
    deal_id       BIGINT NOT NULL,
    competitor_id BIGINT NOT NULL,
    PRIMARY KEY (deal_id, competitor_id),
    CONSTRAINT fk_deal_competitors_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_deal_competitors_competitor FOREIGN KEY (competitor_id) REFERENCES competitors (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE deal_partners (
    deal_id BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (deal_id, name),
    CONSTRAINT fk_deal_partners_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The exit criteria ticked on a deal (of any stage; the gate checks those of the stage being left).
CREATE TABLE deal_checked_criteria (
    deal_id      BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    PRIMARY KEY (deal_id, criterion_id),
    CONSTRAINT fk_deal_checked_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_deal_checked_criterion FOREIGN KEY (criterion_id) REFERENCES sales_exit_criteria (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The deal's state after each change of stage, amount, close date, probability, category or outcome, dated by when
-- it took effect (effective_on; demo data back-dates it) and recorded (recorded_at, recorded_by). [Forecast] reads
-- these for movement; the state on a day is the last row effective on or before it.
CREATE TABLE deal_history (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    version           BIGINT         NOT NULL,
    deal_id           BIGINT         NOT NULL,
    effective_on      DATE           NOT NULL,
    recorded_at       TIMESTAMP      NOT NULL,
    recorded_by       BIGINT,
    change_kind       VARCHAR(20)    NOT NULL,
    stage_no          INT            NOT NULL,
    from_stage_no     INT,
    probability       INT            NOT NULL,
    amount            DECIMAL(19, 2) NOT NULL,
    expected_close    DATE           NOT NULL,
    forecast_category VARCHAR(12)    NOT NULL,
    outcome           VARCHAR(10)    NOT NULL,
    reason            VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_deal_history_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deal_history_deal ON deal_history (deal_id, effective_on);
CREATE INDEX ix_deal_history_effective ON deal_history (effective_on);

-- Field history of deals (Envers, see V2). Collections and time stamps are not audited.
CREATE TABLE deals_aud (
    id                BIGINT         NOT NULL,
    rev               BIGINT         NOT NULL,
    revtype           TINYINT,
    account_id        BIGINT,
    name              VARCHAR(200),
    amount            DECIMAL(19, 2),
    expected_close    DATE,
    owner_id          BIGINT,
    team_id           BIGINT,
    region_id         BIGINT,
    stage_no          INT,
    outcome           VARCHAR(10),
    forecast_category VARCHAR(12),
    final_amount      DECIMAL(19, 2),
    signed_on         DATE,
    lost_reason       VARCHAR(500),
    lost_to_id        BIGINT,
    next_step         VARCHAR(500),
    phase             VARCHAR(20),
    program_id        BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_deals_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The default sales process (domain notes, sections 1 and 2).
INSERT INTO sales_process (id, version, prospecting_weeks, updated_at, updated_by)
VALUES (1, 0, 2, CURRENT_TIMESTAMP, NULL);

INSERT INTO sales_process_stages (process_id, stage_no, name_en, name_zh, probability, typical_weeks, conversion)
VALUES
 (1, 1, 'Seminar', '培训', 10, 2, 9),
 (1, 2, 'Executive meeting', '见老总', 20, 4, 6),
 (1, 3, 'Consulting', '咨询', 45, 5, 5),
 (1, 4, 'Proposal', '提交方案', 55, 4, 5),
 (1, 5, 'Negotiation', '谈判', 80, 6, 3),
 (1, 6, 'Signed', '签约', 100, 0, 1);

-- Roles: SALES, DIRECTOR, CONSULTANT, TECHNICAL_SUPPORT, SERVICE, LEGAL, FINANCE. Negotiation takes at least a full
-- day with sales, technical support and service present; legal and finance work in negotiation.
INSERT INTO sales_process_effort (process_id, stage_no, deal_role, days)
VALUES
 (1, 1, 'SALES', 2.0), (1, 1, 'DIRECTOR', 0.0), (1, 1, 'CONSULTANT', 1.0), (1, 1, 'TECHNICAL_SUPPORT', 1.0),
 (1, 1, 'SERVICE', 0.0), (1, 1, 'LEGAL', 0.0), (1, 1, 'FINANCE', 0.0),
 (1, 2, 'SALES', 2.0), (1, 2, 'DIRECTOR', 1.0), (1, 2, 'CONSULTANT', 0.5), (1, 2, 'TECHNICAL_SUPPORT', 0.0),
 (1, 2, 'SERVICE', 0.0), (1, 2, 'LEGAL', 0.0), (1, 2, 'FINANCE', 0.0),
 (1, 3, 'SALES', 3.0), (1, 3, 'DIRECTOR', 1.0), (1, 3, 'CONSULTANT', 10.0), (1, 3, 'TECHNICAL_SUPPORT', 3.0),
 (1, 3, 'SERVICE', 0.0), (1, 3, 'LEGAL', 0.0), (1, 3, 'FINANCE', 0.0),
 (1, 4, 'SALES', 3.0), (1, 4, 'DIRECTOR', 1.0), (1, 4, 'CONSULTANT', 8.0), (1, 4, 'TECHNICAL_SUPPORT', 5.0),
 (1, 4, 'SERVICE', 1.0), (1, 4, 'LEGAL', 0.0), (1, 4, 'FINANCE', 0.5),
 (1, 5, 'SALES', 3.0), (1, 5, 'DIRECTOR', 2.0), (1, 5, 'CONSULTANT', 1.0), (1, 5, 'TECHNICAL_SUPPORT', 1.0),
 (1, 5, 'SERVICE', 1.0), (1, 5, 'LEGAL', 2.0), (1, 5, 'FINANCE', 1.0),
 (1, 6, 'SALES', 1.0), (1, 6, 'DIRECTOR', 0.5), (1, 6, 'CONSULTANT', 0.0), (1, 6, 'TECHNICAL_SUPPORT', 0.0),
 (1, 6, 'SERVICE', 1.0), (1, 6, 'LEGAL', 0.5), (1, 6, 'FINANCE', 0.5);

-- Exit criteria from the qualification levels: seminar → prospect and qualified buying influencer; executive
-- meeting → qualified executive decision maker; consulting → value verification and the project formally started;
-- proposal → solution; negotiation → closing. In Chinese and English, like the scorecard's defaults.
INSERT INTO sales_exit_criteria (version, stage_no, sort_order, description, active)
VALUES
 (0, 1, 1, '潜在客户：属于目标客户群 Prospect: in our target customer group', TRUE),
 (0, 1, 2, '合格的产品购买影响者：客户有真实的问题，对我们的方案感兴趣 Qualified buying influencer: a real problem, interested in our solution', TRUE),
 (0, 2, 1, '高层承认存在问题 The executive admits the problem', TRUE),
 (0, 2, 2, '高层认可我们的方案能解决问题 The executive accepts that our solution solves it', TRUE),
 (0, 2, 3, '同意在高层继续推进并约定下一步 Agreed to continue at executive level, with a next step', TRUE),
 (0, 3, 1, '交流与演示已完成 Talks and demos held', TRUE),
 (0, 3, 2, '现场调研：组织、角色、流程 On-site research: organisation, roles, processes', TRUE),
 (0, 3, 3, '高层互访已完成 Executive visits made', TRUE),
 (0, 3, 4, '客户已正式立项 The customer formally started the project', TRUE),
 (0, 4, 1, '与客户共同编写方案 Proposal co-written with the customer', TRUE),
 (0, 4, 2, '已参观样板客户 Reference customers visited', TRUE),
 (0, 4, 3, '已邀请高层参加用户大会 Executives invited to a user conference', TRUE),
 (0, 4, 4, 'POC 已完成或无需 POC Proof of concept done, or not needed', TRUE),
 (0, 5, 1, '招标内容与评分标准已明确 Tender contents and scoring criteria known', TRUE),
 (0, 5, 2, '投标文件清单已备齐 List of bid documents ready', TRUE),
 (0, 5, 3, '已在双赢基础上完成谈判 Negotiated on a win-win basis', TRUE),
 (0, 5, 4, '第三方合作伙伴已确定（如需要）Third-party partner settled, if one is needed', TRUE);

INSERT INTO sales_deliverables (version, sort_order, name, active)
VALUES
 (0, 1, '调研报告 Research report', TRUE),
 (0, 2, '解决方案建议书 Proposal', TRUE),
 (0, 3, '需求分析 Requirements analysis', TRUE),
 (0, 4, '实施方案 Implementation plan', TRUE),
 (0, 5, '技术路线 Technical route', TRUE),
 (0, 6, '总体技术设计 Overall technical design', TRUE),
 (0, 7, '验收标准 Acceptance criteria', TRUE),
 (0, 8, '分阶段计划及阶段验收 Phase plan with per-phase acceptance', TRUE),
 (0, 9, '采购技术参数 Procurement technical parameters', TRUE),
 (0, 10, '招标文件 Tender documents', TRUE);
