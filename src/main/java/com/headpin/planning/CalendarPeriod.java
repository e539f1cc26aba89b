package com.headpin.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A period of the company calendar as stored: from {@code from} to {@code to} (both included), on those dates only or
 * {@code everyYear} on the same days (the stored year is the first one), and whether projects stall in it
 * ({@code blackout}: nothing is planned there). {@code label} names an {@link PeriodKind#OTHER} period;
 * {@code reminder} says whether and when account owners are reminded of it.
 */
public record CalendarPeriod(long id, long version, PeriodKind kind, @Nullable String label, LocalDate from,
                             LocalDate to, boolean everyYear, boolean blackout, ReminderRule reminder) {

    /** The dates this period covers between {@code start} and {@code end}: one range, or one per year it repeats. */
    public List<DateRange> occurrences(LocalDate start, LocalDate end) {
        List<DateRange> found = new ArrayList<>();
        if (!everyYear) {
            if (!from.isAfter(end) && !to.isBefore(start)) {
                found.add(new DateRange(from, to));
            }
            return found;
        }
        for (int shift = Math.max(0, start.getYear() - from.getYear() - 1); shift <= end.getYear() - from.getYear();
             shift++) {
            DateRange range = new DateRange(from.plusYears(shift), to.plusYears(shift));
            if (range.overlaps(start, end)) {
                found.add(range);
            }
        }
        return found;
    }
}
