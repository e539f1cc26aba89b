-- Company settings: one row (id 1), edited by administrators. The time zone decides "today", overdue and weekly
-- boundaries on every node; the fiscal year starts on the first day of fiscal_start_month (1 = January);
-- the weekly forecast meeting is held on forecast_meeting_day (MONDAY ... SUNDAY).

CREATE TABLE company_settings (
    id                   BIGINT      NOT NULL,
    version              BIGINT      NOT NULL,
    time_zone            VARCHAR(64) NOT NULL,
    fiscal_start_month   INT         NOT NULL,
    currency_code        VARCHAR(3)  NOT NULL,
    forecast_meeting_day VARCHAR(9)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO company_settings (id, version, time_zone, fiscal_start_month, currency_code, forecast_meeting_day)
VALUES (1, 0, 'Asia/Shanghai', 1, 'CNY', 'MONDAY');
