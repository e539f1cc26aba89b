-- [Forecast] weekly snapshots: once a week (scheduled, or on demand by a director) each rep's four numbers for the
-- current quarter and the deals behind them are frozen, so movement between two weeks and forecast accuracy can be
-- read later. One snapshot per week (week_start is the Monday): a later one in the same week replaces it.
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.
CREATE TABLE forecast_snapshots (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version     BIGINT      NOT NULL,
    week_start  DATE        NOT NULL,
    taken_on    DATE        NOT NULL,
    period_key  VARCHAR(16) NOT NULL,
    taken_at    TIMESTAMP   NOT NULL,
    taken_by    BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_snapshots_user FOREIGN KEY (taken_by) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The database keeps "exactly once per week" even if two nodes or two directors freeze at the same moment.
CREATE UNIQUE INDEX ux_forecast_snapshots_week ON forecast_snapshots (week_start);

-- A rep's four numbers (raw and adjusted) as the forecast showed them then, for this and next month and this and next
-- quarter: forecast accuracy compares the forecast frozen N weeks before a period ended with what was achieved.
CREATE TABLE forecast_snapshot_numbers (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    version             BIGINT         NOT NULL,
    snapshot_id         BIGINT         NOT NULL,
    rep_id              BIGINT         NOT NULL,
    period_key          VARCHAR(16)    NOT NULL,
    quota               DECIMAL(19, 2),
    system_forecast     DECIMAL(19, 2) NOT NULL,
    forecast            DECIMAL(19, 2) NOT NULL,
    adjusted_forecast   DECIMAL(19, 2) NOT NULL,
    commitment          DECIMAL(19, 2) NOT NULL,
    adjusted_commitment DECIMAL(19, 2) NOT NULL,
    achievement         DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_snapshot_numbers_snapshot FOREIGN KEY (snapshot_id) REFERENCES forecast_snapshots (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_snapshot_numbers_rep FOREIGN KEY (rep_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_snapshot_numbers_rep ON forecast_snapshot_numbers (snapshot_id, rep_id, period_key);

-- Each rep's deals as they stood: the whole open and delayed pipeline (any close date, so a deal pulled in or
-- slipped out is recognised) and the deals won or lost since the quarter began. No foreign key to deals: a deleted
-- deal stays in the weeks it was part of.
CREATE TABLE forecast_snapshot_deals (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    version           BIGINT         NOT NULL,
    snapshot_id       BIGINT         NOT NULL,
    rep_id            BIGINT         NOT NULL,
    deal_id           BIGINT         NOT NULL,
    deal_name         VARCHAR(200)   NOT NULL,
    amount            DECIMAL(19, 2) NOT NULL,
    expected_close    DATE           NOT NULL,
    stage_no          INT            NOT NULL,
    probability       INT            NOT NULL,
    forecast_category VARCHAR(12)    NOT NULL,
    outcome           VARCHAR(10)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_snapshot_deals_snapshot FOREIGN KEY (snapshot_id) REFERENCES forecast_snapshots (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_snapshot_deals_deal ON forecast_snapshot_deals (snapshot_id, deal_id);
CREATE INDEX ix_snapshot_deals_rep ON forecast_snapshot_deals (snapshot_id, rep_id);
