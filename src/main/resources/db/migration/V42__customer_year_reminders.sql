-- Reminders of the customer's year, kept with each period of the company calendar: whether account owners are
-- reminded of it, how many days before it starts, what to do (an action whose text is an i18n key) and for which
-- accounts (only key accounts, tier A, or every account still pursued).
ALTER TABLE calendar_periods ADD COLUMN reminds BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE calendar_periods ADD COLUMN remind_days INT NOT NULL DEFAULT 14;
ALTER TABLE calendar_periods ADD COLUMN remind_action VARCHAR(30) NOT NULL DEFAULT 'KEEP_IN_TOUCH';
ALTER TABLE calendar_periods ADD COLUMN remind_key_only BOOLEAN NOT NULL DEFAULT FALSE;

-- Defaults from the customer's year (domain notes): meet the key accounts' decision makers before they plan next
-- year; help key accounts write the solution and scoring criteria as selection starts; check their tender
-- calendars before tenders open; close open items with everyone before Spring Festival stalls projects; send
-- greetings to everyone's contacts for Christmas / New Year.
UPDATE calendar_periods SET reminds = TRUE, remind_days = 14, remind_action = 'MEET_DECISION_MAKER',
    remind_key_only = TRUE WHERE kind = 'PLANNING';
UPDATE calendar_periods SET reminds = TRUE, remind_days = 14, remind_action = 'HELP_WITH_SELECTION',
    remind_key_only = TRUE WHERE kind = 'SELECTION';
UPDATE calendar_periods SET reminds = TRUE, remind_days = 21, remind_action = 'CHECK_TENDER_CALENDAR',
    remind_key_only = TRUE WHERE kind = 'TENDER';
UPDATE calendar_periods SET reminds = TRUE, remind_days = 21, remind_action = 'CLOSE_BEFORE_HOLIDAY',
    remind_key_only = FALSE WHERE kind = 'SPRING_FESTIVAL';
UPDATE calendar_periods SET reminds = TRUE, remind_days = 7, remind_action = 'SEND_GREETINGS',
    remind_key_only = FALSE WHERE kind = 'HOLIDAYS';
UPDATE calendar_periods SET remind_days = 7, remind_action = 'CLOSE_BEFORE_HOLIDAY' WHERE kind = 'NATIONAL_DAY';
