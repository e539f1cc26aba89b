package com.headpin.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer's-year reminder for one account: due on {@code dueOn}, about the period occurrence, already
 * {@code sent} or still to come. Its text is {@link ReminderAction#messageKey()} with {@link #arguments()}.
 */
public record YearReminder(LocalDate dueOn, CalendarOccurrence occurrence, long accountId, String accountName,
                           boolean sent) {

    public ReminderAction action() {
        return occurrence.period().reminder().action();
    }

    /** The account's name, then the month and day the period starts: stored so with a notification. */
    public List<Object> arguments() {
        return arguments(accountName, occurrence.dates().from());
    }

    static List<Object> arguments(String accountName, LocalDate start) {
        return List.of(accountName, start.getMonthValue(), start.getDayOfMonth());
    }
}
