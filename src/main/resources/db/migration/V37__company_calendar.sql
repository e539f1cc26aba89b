-- The company calendar: the customer's seasons and the blackout periods in which big projects stall (Spring
-- Festival, National Day). One source for the account plans' customer-year strip and the backward planner.
-- A period "every year" repeats on the same days (its stored year is the first); others hold for their dates only
-- (Spring Festival moves with the lunar calendar, so each year has its own row).
CREATE TABLE calendar_periods (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    label      VARCHAR(100) NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    every_year BOOLEAN      NOT NULL,
    blackout   BOOLEAN      NOT NULL,
    CONSTRAINT ck_calendar_period_order CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_calendar_periods_starts ON calendar_periods (starts_on);

-- The seasons the strip showed until now (headpin.customer-year.periods), then the holidays with their dates.
INSERT INTO calendar_periods (version, kind, label, starts_on, ends_on, every_year, blackout)
VALUES
 (0, 'PLANNING', NULL, DATE '2024-11-01', DATE '2024-12-31', TRUE, FALSE),
 (0, 'SELECTION', NULL, DATE '2024-02-15', DATE '2024-05-31', TRUE, FALSE),
 (0, 'TENDER', NULL, DATE '2024-05-01', DATE '2024-08-10', TRUE, FALSE),
 (0, 'HOLIDAYS', NULL, DATE '2024-12-20', DATE '2025-01-05', TRUE, FALSE),
 (0, 'NATIONAL_DAY', NULL, DATE '2024-10-01', DATE '2024-10-07', TRUE, TRUE),
 (0, 'SPRING_FESTIVAL', NULL, DATE '2025-01-22', DATE '2025-02-07', FALSE, TRUE),
 (0, 'SPRING_FESTIVAL', NULL, DATE '2026-02-09', DATE '2026-02-27', FALSE, TRUE),
 (0, 'SPRING_FESTIVAL', NULL, DATE '2027-01-29', DATE '2027-02-15', FALSE, TRUE),
 (0, 'SPRING_FESTIVAL', NULL, DATE '2028-01-19', DATE '2028-02-04', FALSE, TRUE),
 (0, 'SPRING_FESTIVAL', NULL, DATE '2029-02-05', DATE '2029-02-23', FALSE, TRUE),
 (0, 'SPRING_FESTIVAL', NULL, DATE '2030-01-27', DATE '2030-02-12', FALSE, TRUE);
