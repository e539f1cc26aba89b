package com.headpin.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seminar days already booked, week by week, so that all planned deals together stay within the rep's seminar
 * capacity (a working day each). Seminars go as late as possible before the executive meeting they lead to.
 */
final class SeminarBook {

    private final WorkWeeks weeks;
    private final int perWeek;
    private final Map<LocalDate, Integer> booked = new HashMap<>();

    SeminarBook(WorkWeeks weeks, int perWeek) {
        this.weeks = weeks;
        this.perWeek = perWeek;
    }

    /** Books {@code count} seminar days before the week starting {@code before}; empty when they do not fit. */
    Optional<List<LocalDate>> book(LocalDate before, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        Map<LocalDate, Integer> taken = new HashMap<>();
        LocalDate cursor = before;
        while (days.size() < count) {
            Optional<LocalDate> week = weeks.previous(cursor);
            if (week.isEmpty()) {
                return Optional.empty();
            }
            cursor = week.get();
            List<LocalDate> free = weeks.freeDays(cursor);
            int used = booked.getOrDefault(cursor, 0);
            int take = Math.min(Math.min(perWeek, free.size()) - used, count - days.size());
            if (take > 0) {
                days.addAll(0, free.subList(used, used + take));
                taken.put(cursor, used + take);
            }
        }
        booked.putAll(taken);
        return Optional.of(days);
    }
}
