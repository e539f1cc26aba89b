package com.headpin.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seminar days already booked, week by week, so that all planned deals together stay within the rep's seminar
 * capacity (a working day each, for each of the {@code people} reps planned for). Seminars go as late as possible
 * before the executive meeting they lead to.
 */
final class SeminarBook {

    private final WorkWeeks weeks;
    private final int perWeek;
    private final int people;
    private final Map<LocalDate, Integer> booked = new HashMap<>();

    SeminarBook(WorkWeeks weeks, int perWeek, int people) {
        this.weeks = weeks;
        this.perWeek = perWeek;
        this.people = Math.max(1, people);
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
            int take = Math.min(Math.min(perWeek, free.size()) * people - used, count - days.size());
            if (take > 0) {
                // A team's reps hold seminars on the same days: day k of the week's free days is used k-th.
                List<LocalDate> these = new ArrayList<>(take);
                for (int i = used; i < used + take; i++) {
                    these.add(free.get(i % free.size()));
                }
                these.sort(null);
                days.addAll(0, these);
                taken.put(cursor, used + take);
            }
        }
        booked.putAll(taken);
        return Optional.of(days);
    }
}
