package com.headpin.planning;

import java.time.LocalDate;

/**
 * Whether and how account owners are reminded of a company-calendar period: {@code daysAhead} days before it starts,
 * to do {@code action}, for their key accounts only (tier A) or for every account they still pursue.
 */
public record ReminderRule(boolean reminds, int daysAhead, ReminderAction action, boolean keyAccountsOnly) {

    public static final int MAX_DAYS_AHEAD = 90;

    /** A period that reminds nobody (the default of another named period). */
    public static final ReminderRule NONE = new ReminderRule(false, 14, ReminderAction.KEEP_IN_TOUCH, false);

    /** What a new period of the kind starts with, from the customer's year in the domain notes. */
    public static ReminderRule defaultFor(PeriodKind kind) {
        return switch (kind) {
            case PLANNING -> new ReminderRule(true, 14, ReminderAction.MEET_DECISION_MAKER, true);
            case SELECTION -> new ReminderRule(true, 14, ReminderAction.HELP_WITH_SELECTION, true);
            case TENDER -> new ReminderRule(true, 21, ReminderAction.CHECK_TENDER_CALENDAR, true);
            case SPRING_FESTIVAL -> new ReminderRule(true, 21, ReminderAction.CLOSE_BEFORE_HOLIDAY, false);
            case HOLIDAYS -> new ReminderRule(true, 7, ReminderAction.SEND_GREETINGS, false);
            case NATIONAL_DAY -> new ReminderRule(false, 7, ReminderAction.CLOSE_BEFORE_HOLIDAY, false);
            case OTHER -> NONE;
        };
    }

    /** The day the reminder of a period starting on {@code start} is due. */
    public LocalDate dueOn(LocalDate start) {
        return start.minusDays(daysAhead);
    }
}
