-- The customer's-year reminders sent: one per account and occurrence of a calendar period (its start date names the
-- year), so a rerun or a second node never sends one twice.
CREATE TABLE calendar_reminders_sent (
    id         BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT    NOT NULL,
    period_id  BIGINT    NOT NULL,
    starts_on  DATE      NOT NULL,
    account_id BIGINT    NOT NULL,
    owner_id   BIGINT    NOT NULL,
    sent_at    TIMESTAMP NOT NULL,
    CONSTRAINT uq_calendar_reminder UNIQUE (period_id, starts_on, account_id),
    CONSTRAINT fk_calendar_reminder_period FOREIGN KEY (period_id) REFERENCES calendar_periods (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_calendar_reminder_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
