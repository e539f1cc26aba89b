package com.headpin.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The customer's year as its page shows it: the company calendar's periods reaching into {@code year} on their
 * dates, and the caller's reminders for their own accounts about the periods of that year not started yet.
 */
public record CustomerYear(int year, LocalDate today, List<CalendarOccurrence> occurrences,
                           List<YearReminder> myReminders) {

    public CustomerYear {
        occurrences = List.copyOf(occurrences);
        myReminders = List.copyOf(myReminders);
    }
}
