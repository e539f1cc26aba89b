package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the capacity arithmetic over any dates and efforts. */
class CapacityMathPropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    @Property
    void spreadWeeksAddUpToTheEffortAndNeverGoNegative(@ForAll @IntRange(min = 0, max = 700) int startOffset,
                                                       @ForAll @IntRange(min = 0, max = 120) int length,
                                                       @ForAll @IntRange(min = 1, max = 2000) int tenths) {
        BigDecimal effort = BigDecimal.valueOf(tenths, 1);
        LocalDate from = BASE.plusDays(startOffset);
        Map<LocalDate, BigDecimal> weeks = CapacityMath.spread(effort, from, from.plusDays(length));
        assertThat(weeks.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(effort);
        assertThat(weeks.values()).allMatch(days -> days.signum() >= 0);
        assertThat(weeks.keySet()).allMatch(monday -> monday.getDayOfWeek() == java.time.DayOfWeek.MONDAY);
    }

    @Property
    void workingDaysMatchCountingDayByDay(@ForAll @IntRange(min = 0, max = 700) int startOffset,
                                          @ForAll @IntRange(min = 0, max = 60) int length) {
        LocalDate from = BASE.plusDays(startOffset);
        long counted = from.datesUntil(from.plusDays(length + 1L)).filter(CapacityMath::isWorkingDay).count();
        assertThat(CapacityMath.workingDays(from, from.plusDays(length))).isEqualTo(counted);
    }

    @Property
    void absencesNeverRaiseCapacity(@ForAll @IntRange(min = 0, max = 100) int weekOffset,
                                    @ForAll @IntRange(min = -10, max = 10) int absenceStart,
                                    @ForAll @IntRange(min = 0, max = 10) int absenceLength,
                                    @ForAll @IntRange(min = 1, max = 10) int halfDays) {
        LocalDate monday = CapacityMath.weekStart(BASE.plusWeeks(weekOffset));
        BigDecimal perWeek = BigDecimal.valueOf(halfDays * 5L, 1);
        LocalDate from = monday.plusDays(absenceStart);
        BigDecimal full = CapacityMath.capacity(perWeek, monday, List.of());
        BigDecimal less = CapacityMath.capacity(perWeek, monday,
                List.of(new CapacityMath.Span(from, from.plusDays(absenceLength))));
        assertThat(full).isEqualByComparingTo(perWeek);
        assertThat(less).isLessThanOrEqualTo(full).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }
}
