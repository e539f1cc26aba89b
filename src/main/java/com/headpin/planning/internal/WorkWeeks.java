package com.headpin.planning.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.headpin.planning.DateRange;

/**
 * Weeks (Monday to Friday) around the company calendar's blackouts. A week counts for the sales cycle when at least
 * {@link #MIN_FREE_DAYS} of its working days lie outside every blackout: a lone holiday does not stall a project,
 * Spring Festival does. Activity is only ever placed on a week's free days. Searches stop at {@code floor}, so a
 * calendar that blacks out everything ends a search instead of running forever.
 */
final class WorkWeeks {

    static final int MIN_FREE_DAYS = 3;

    private final List<DateRange> blackouts;
    private final LocalDate floor;

    WorkWeeks(List<DateRange> blackouts, LocalDate floor) {
        this.blackouts = blackouts;
        this.floor = monday(floor);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    boolean blocked(LocalDate day) {
        return blackouts.stream().anyMatch(b -> b.contains(day));
    }

    /** The working days of the week starting {@code monday} outside every blackout, in order. */
    List<LocalDate> freeDays(LocalDate monday) {
        List<LocalDate> free = new ArrayList<>(5);
        for (int i = 0; i < 5; i++) {
            LocalDate day = monday.plusDays(i);
            if (!blocked(day)) {
                free.add(day);
            }
        }
        return free;
    }

    boolean usable(LocalDate monday) {
        return freeDays(monday).size() >= MIN_FREE_DAYS;
    }

    LocalDate firstFreeDay(LocalDate monday) {
        return freeDays(monday).getFirst();
    }

    /** The nearest usable week before the week starting {@code monday}; empty once below the floor. */
    Optional<LocalDate> previous(LocalDate monday) {
        for (LocalDate week = monday.minusWeeks(1); !week.isBefore(floor); week = week.minusWeeks(1)) {
            if (usable(week)) {
                return Optional.of(week);
            }
        }
        return Optional.empty();
    }

    /** The Monday {@code weeks} usable weeks before the week starting {@code monday} (that week itself for 0). */
    Optional<LocalDate> back(LocalDate monday, int weeks) {
        Optional<LocalDate> cursor = Optional.of(monday);
        for (int i = 0; i < weeks && cursor.isPresent(); i++) {
            cursor = previous(cursor.get());
        }
        return cursor;
    }

    /** The usable weeks from {@code from} up to, not including, {@code to}; {@code from} alone when that is none. */
    List<LocalDate> usableBetween(LocalDate from, LocalDate to) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(1)) {
            if (usable(week)) {
                weeks.add(week);
            }
        }
        return weeks.isEmpty() ? List.of(from) : weeks;
    }

    /**
     * The week a deal closing in {@code month} signs: a usable week whose first free day lies in the month, the one
     * holding the 15th when it can, else the nearest such week (earlier first). Empty for a month blacked out.
     */
    Optional<LocalDate> signingWeek(YearMonth month) {
        LocalDate middle = monday(month.atDay(15));
        List<LocalDate> candidates = new ArrayList<>();
        for (LocalDate week = monday(month.atDay(1)); !week.isAfter(month.atEndOfMonth()); week = week.plusWeeks(1)) {
            if (usable(week) && YearMonth.from(firstFreeDay(week)).equals(month)) {
                candidates.add(week);
            }
        }
        return candidates.stream().min(Comparator
                .comparingLong((LocalDate week) -> Math.abs(week.toEpochDay() - middle.toEpochDay()))
                .thenComparing(Comparator.naturalOrder()));
    }
}
