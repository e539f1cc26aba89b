-- [Forecast]: quotas per rep or unit and fiscal year (split into fiscal months), the rep's own forecast call per
-- period and the managers' adjustments, with their field history; indexes for the four numbers' grouped queries.
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

-- The four numbers group deals by owner for a period: open ones by expected close, won ones by signing date.
CREATE INDEX ix_deals_close_owner ON deals (expected_close, owner_id);
CREATE INDEX ix_deals_signed_owner ON deals (signed_on, owner_id);

-- A quota: for a rep (user_id) or set top-down for a unit (unit_id), never both. month_01 is the fiscal year's first
-- month; the months always add up to amount (an even split puts the cents left over in the last month).
CREATE TABLE quotas (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    version     BIGINT         NOT NULL,
    fiscal_year INT            NOT NULL,
    user_id     BIGINT,
    unit_id     BIGINT,
    amount      DECIMAL(19, 2) NOT NULL,
    split_mode  VARCHAR(10)    NOT NULL,
    month_01   DECIMAL(19, 2) NOT NULL,
    month_02   DECIMAL(19, 2) NOT NULL,
    month_03   DECIMAL(19, 2) NOT NULL,
    month_04   DECIMAL(19, 2) NOT NULL,
    month_05   DECIMAL(19, 2) NOT NULL,
    month_06   DECIMAL(19, 2) NOT NULL,
    month_07   DECIMAL(19, 2) NOT NULL,
    month_08   DECIMAL(19, 2) NOT NULL,
    month_09   DECIMAL(19, 2) NOT NULL,
    month_10   DECIMAL(19, 2) NOT NULL,
    month_11   DECIMAL(19, 2) NOT NULL,
    month_12   DECIMAL(19, 2) NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    updated_by  BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_quotas_user FOREIGN KEY (user_id) REFERENCES app_users (id),
    CONSTRAINT fk_quotas_unit FOREIGN KEY (unit_id) REFERENCES org_units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_quotas_user ON quotas (fiscal_year, user_id);
CREATE UNIQUE INDEX ux_quotas_unit ON quotas (fiscal_year, unit_id);

CREATE TABLE quotas_aud (
    id          BIGINT NOT NULL,
    rev         BIGINT NOT NULL,
    revtype     TINYINT,
    fiscal_year INT,
    user_id     BIGINT,
    unit_id     BIGINT,
    amount      DECIMAL(19, 2),
    split_mode  VARCHAR(10),
    month_01   DECIMAL(19, 2),
    month_02   DECIMAL(19, 2),
    month_03   DECIMAL(19, 2),
    month_04   DECIMAL(19, 2),
    month_05   DECIMAL(19, 2),
    month_06   DECIMAL(19, 2),
    month_07   DECIMAL(19, 2),
    month_08   DECIMAL(19, 2),
    month_09   DECIMAL(19, 2),
    month_10   DECIMAL(19, 2),
    month_11   DECIMAL(19, 2),
    month_12   DECIMAL(19, 2),
    updated_by  BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_quotas_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The rep's own forecast for a period (period_key as forecast.Period#key), beside the system's figure, with a note.
CREATE TABLE forecast_calls (
    id         BIGINT         NOT NULL AUTO_INCREMENT,
    version    BIGINT         NOT NULL,
    user_id    BIGINT         NOT NULL,
    period_key VARCHAR(16)    NOT NULL,
    amount     DECIMAL(19, 2) NOT NULL,
    note       VARCHAR(500),
    created_at TIMESTAMP      NOT NULL,
    updated_at TIMESTAMP      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_calls_user FOREIGN KEY (user_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_forecast_calls ON forecast_calls (period_key, user_id);

CREATE TABLE forecast_calls_aud (
    id         BIGINT NOT NULL,
    rev        BIGINT NOT NULL,
    revtype    TINYINT,
    user_id    BIGINT,
    period_key VARCHAR(16),
    amount     DECIMAL(19, 2),
    note       VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_forecast_calls_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A manager's adjustment of one rep's forecast and/or commitment for a period. The rep's raw figures stay as they
-- are; the adjusted ones are shown beside them and the totals add adjusted where there is one.
CREATE TABLE forecast_adjustments (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    version           BIGINT         NOT NULL,
    user_id           BIGINT         NOT NULL,
    period_key        VARCHAR(16)    NOT NULL,
    forecast_amount   DECIMAL(19, 2),
    commitment_amount DECIMAL(19, 2),
    note              VARCHAR(500),
    adjusted_by       BIGINT         NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    updated_at        TIMESTAMP      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_adjustments_user FOREIGN KEY (user_id) REFERENCES app_users (id),
    CONSTRAINT fk_forecast_adjustments_by FOREIGN KEY (adjusted_by) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_forecast_adjustments ON forecast_adjustments (period_key, user_id);

CREATE TABLE forecast_adjustments_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    user_id           BIGINT,
    period_key        VARCHAR(16),
    forecast_amount   DECIMAL(19, 2),
    commitment_amount DECIMAL(19, 2),
    note              VARCHAR(500),
    adjusted_by       BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_forecast_adjustments_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
