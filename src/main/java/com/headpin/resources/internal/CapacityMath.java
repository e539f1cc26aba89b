package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity arithmetic: working days are Monday to Friday; an assignment's effort is spread evenly over its
 * working days (rounded per week so the weeks add up to the effort exactly); a week's capacity is the days per week
 * times the share of its working days the person is not away.
 */
public final class CapacityMath {

    /** Days are shown and summed to two decimals. */
    public static final int SCALE = 2;
    private static final int WEEK_DAYS = 5;

    /** Days from {@code from} to {@code to} (both included), e.g. an absence. */
    public record Span(LocalDate from, LocalDate to) {

        public boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && !to.isBefore(start);
        }
    }

    private CapacityMath() {
    }

    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public static int workingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long weeks = days / 7;
        int count = (int) (weeks * WEEK_DAYS);
        for (LocalDate d = from.plusDays(weeks * 7); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The effort per week (by Monday), spread evenly over the working days from {@code from} to {@code to}; the
     * weeks add up to {@code effort} exactly. Dates without a working day put it all in the first week.
     */
    public static Map<LocalDate, BigDecimal> spread(BigDecimal effort, LocalDate from, LocalDate to) {
        Map<LocalDate, BigDecimal> weeks = new LinkedHashMap<>();
        int total = workingDays(from, to);
        if (total == 0) {
            weeks.put(weekStart(from), effort.setScale(SCALE, RoundingMode.HALF_UP));
            return weeks;
        }
        int before = 0;
        BigDecimal given = BigDecimal.ZERO.setScale(SCALE);
        for (LocalDate week = weekStart(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            LocalDate start = week.isBefore(from) ? from : week;
            LocalDate end = week.plusDays(6).isAfter(to) ? to : week.plusDays(6);
            int days = workingDays(start, end);
            if (days == 0) {
                continue;
            }
            before += days;
            // Cumulative rounding: each week takes what the running total says, so nothing is lost to rounding.
            BigDecimal upTo = effort.multiply(BigDecimal.valueOf(before))
                    .divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP);
            weeks.put(week, upTo.subtract(given));
            given = upTo;
        }
        return weeks;
    }

    /** Working days of the week starting {@code monday} on which the person is away. */
    public static int absentDays(LocalDate monday, Collection<Span> absences) {
        int away = 0;
        for (int i = 0; i < WEEK_DAYS; i++) {
            LocalDate day = monday.plusDays(i);
            if (absences.stream().anyMatch(a -> a.overlaps(day, day))) {
                away++;
            }
        }
        return away;
    }

    /** Days available in the week: the days per week times the share of working days not away. */
    public static BigDecimal capacity(BigDecimal daysPerWeek, LocalDate monday, Collection<Span> absences) {
        int present = WEEK_DAYS - absentDays(monday, absences);
        return daysPerWeek.multiply(BigDecimal.valueOf(present))
                .divide(BigDecimal.valueOf(WEEK_DAYS), SCALE, RoundingMode.HALF_UP);
    }

    /** Load in percent of capacity, rounded; a load on no capacity counts as far over (999). */
    public static int percent(BigDecimal load, BigDecimal capacity) {
        if (capacity.signum() == 0) {
            return load.signum() == 0 ? 0 : 999;
        }
        return load.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The capacity of every working day from {@code from} to {@code to}, absences taken out (for months). */
    public static BigDecimal capacity(BigDecimal daysPerWeek, LocalDate from, LocalDate to, Collection<Span> absences) {
        int present = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            if (isWorkingDay(day) && absences.stream().noneMatch(a -> a.overlaps(day, day))) {
                present++;
            }
        }
        return daysPerWeek.multiply(BigDecimal.valueOf(present))
                .divide(BigDecimal.valueOf(WEEK_DAYS), SCALE, RoundingMode.HALF_UP);
    }
}
