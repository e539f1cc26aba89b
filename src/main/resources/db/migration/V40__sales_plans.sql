-- Saved backward plans (从后向前计划): one per rep and year, the planner's inputs as the rep saved them, submitted to
-- and approved (or returned with a reason) by a director above the rep. An approved plan feeds resource demand.
-- Months are numbers 1-12 of the plan's year; quota and average deal stay empty until known.
CREATE TABLE sales_plans (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL,
    rep_id               BIGINT        NOT NULL,
    plan_year            INT           NOT NULL,
    quota                DECIMAL(15,2) NULL,
    average_deal         DECIMAL(15,2) NULL,
    close_from_month     INT           NOT NULL,
    close_to_month       INT           NOT NULL,
    buffer_month         INT           NULL,
    seminars_per_week    INT           NOT NULL,
    travel_days_per_trip INT           NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    submitted_by         BIGINT        NULL,
    submitted_at         TIMESTAMP     NULL,
    approved_by          BIGINT        NULL,
    approved_at          TIMESTAMP     NULL,
    return_reason        VARCHAR(2000) NULL,
    created_at           TIMESTAMP     NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sales_plans_rep_year UNIQUE (rep_id, plan_year),
    CONSTRAINT fk_sales_plans_rep FOREIGN KEY (rep_id) REFERENCES app_users (id),
    CONSTRAINT fk_sales_plans_submitter FOREIGN KEY (submitted_by) REFERENCES app_users (id),
    CONSTRAINT fk_sales_plans_approver FOREIGN KEY (approved_by) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sales_plans_status ON sales_plans (status, plan_year);

CREATE TABLE sales_plans_aud (
    id                   BIGINT        NOT NULL,
    rev                  BIGINT        NOT NULL,
    revtype              TINYINT,
    rep_id               BIGINT,
    plan_year            INT,
    quota                DECIMAL(15,2),
    average_deal         DECIMAL(15,2),
    close_from_month     INT,
    close_to_month       INT,
    buffer_month         INT,
    seminars_per_week    INT,
    travel_days_per_trip INT,
    status               VARCHAR(20),
    submitted_by         BIGINT,
    submitted_at         TIMESTAMP     NULL,
    approved_by          BIGINT,
    approved_at          TIMESTAMP     NULL,
    return_reason        VARCHAR(2000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_sales_plans_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
