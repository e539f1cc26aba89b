package com.headpin.planning;

import java.util.Locale;

/**
 * What a customer's-year reminder asks an account owner to do; its text ({@link #messageKey()}) takes the account's
 * name, then the month and day the period starts.
 */
public enum ReminderAction {
    MEET_DECISION_MAKER, HELP_WITH_SELECTION, CHECK_TENDER_CALENDAR, CLOSE_BEFORE_HOLIDAY, SEND_GREETINGS,
    KEEP_IN_TOUCH;

    /** The action's name in lists ("Meet the key decision maker"). */
    public String labelKey() {
        return "customer-year.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reminder's sentence: {0} the account, {1} the month (1–12), {2} the day the period starts. */
    public String messageKey() {
        return "customer-year.remind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
