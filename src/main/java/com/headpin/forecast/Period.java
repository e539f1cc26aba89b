package com.headpin.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One fiscal period, from {@code start} to {@code end} inclusive. {@code index} is the quarter (1–4) or the fiscal
 * month (1–12, the first month of the fiscal year being 1) within {@code fiscalYear}; 0 for a year or a week. Built by
 * {@link Periods}, which knows where the company's fiscal year starts.
 */
public record Period(PeriodKind kind, int fiscalYear, int index, LocalDate start, LocalDate end) {

    /** How long a key may be: the column {@code period_key} uses this length. */
    public static final int KEY_MAX_LENGTH = 16;

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Period ends before it starts: " + start + " – " + end);
        }
    }

    /**
     * The stored form: {@code FY2026}, {@code FY2026-Q3}, {@code FY2026-M07} (fiscal month) or {@code W2026-03-02}
     * (the week's Monday). {@link Periods#parse} reads it back.
     */
    public String key() {
        return switch (kind) {
            case YEAR -> "FY" + fiscalYear;
            case QUARTER -> "FY" + fiscalYear + "-Q" + index;
            case MONTH -> "FY" + fiscalYear + "-M" + (index < 10 ? "0" : "") + index;
            case WEEK -> "W" + start.format(DateTimeFormatter.ISO_LOCAL_DATE);
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether the period has ended before this day. */
    public boolean endedBefore(LocalDate day) {
        return end.isBefore(day);
    }

    /** The number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The fiscal months this period covers (1–12), empty for a week (a week has no share of a monthly quota). */
    public int[] fiscalMonths() {
        return switch (kind) {
            case YEAR -> new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
            case QUARTER -> new int[] {index * 3 - 2, index * 3 - 1, index * 3};
            case MONTH -> new int[] {index};
            case WEEK -> new int[0];
        };
    }
}
