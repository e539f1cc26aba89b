package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The capacity arithmetic across weeks and absences. */
class CapacityMathTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void workingDaysSkipWeekends() {
        assertThat(CapacityMath.workingDays(MONDAY, MONDAY.plusDays(4))).isEqualTo(5);
        assertThat(CapacityMath.workingDays(MONDAY, MONDAY.plusDays(13))).isEqualTo(10);
        assertThat(CapacityMath.workingDays(MONDAY.plusDays(5), MONDAY.plusDays(6))).isZero();
        assertThat(CapacityMath.workingDays(MONDAY.plusDays(4), MONDAY.plusDays(7))).isEqualTo(2);
        assertThat(CapacityMath.workingDays(MONDAY, MONDAY.minusDays(1))).isZero();
    }

    @Test
    void effortIsSpreadOverTheWorkingDaysOfEachWeek() {
        // Thursday to the next Wednesday: 2 working days in the first week, 3 in the second.
        Map<LocalDate, BigDecimal> weeks = CapacityMath.spread(new BigDecimal("10"), MONDAY.plusDays(3),
                MONDAY.plusDays(9));
        assertThat(weeks).containsExactly(Map.entry(MONDAY, new BigDecimal("4.00")),
                Map.entry(MONDAY.plusWeeks(1), new BigDecimal("6.00")));
    }

    @Test
    void roundedWeeksStillAddUpToTheEffort() {
        Map<LocalDate, BigDecimal> weeks = CapacityMath.spread(BigDecimal.ONE, MONDAY, MONDAY.plusDays(16));
        assertThat(weeks).hasSize(3);
        assertThat(weeks.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
    }

    @Test
    void aWeekendOnlyRequestCountsInItsWeek() {
        assertThat(CapacityMath.spread(new BigDecimal("1.5"), MONDAY.plusDays(5), MONDAY.plusDays(6)))
                .containsExactly(Map.entry(MONDAY, new BigDecimal("1.50")));
    }

    @Test
    void absencesTakeTheirShareOfTheWeeksCapacity() {
        List<CapacityMath.Span> away = List.of(new CapacityMath.Span(MONDAY.plusDays(3), MONDAY.plusDays(8)));
        // Thursday and Friday away in week one; Monday to Tuesday in week two (the weekend does not count).
        assertThat(CapacityMath.absentDays(MONDAY, away)).isEqualTo(2);
        assertThat(CapacityMath.absentDays(MONDAY.plusWeeks(1), away)).isEqualTo(2);
        assertThat(CapacityMath.capacity(new BigDecimal("4"), MONDAY, away)).isEqualByComparingTo("2.4");
        assertThat(CapacityMath.capacity(new BigDecimal("4"), MONDAY.plusWeeks(2), away)).isEqualByComparingTo("4");
        assertThat(CapacityMath.capacity(new BigDecimal("5"), MONDAY, MONDAY.plusDays(13), away))
                .isEqualByComparingTo("6");
    }

    @Test
    void percentOfCapacity() {
        assertThat(CapacityMath.percent(new BigDecimal("3"), new BigDecimal("4"))).isEqualTo(75);
        assertThat(CapacityMath.percent(new BigDecimal("6"), new BigDecimal("4"))).isEqualTo(150);
        assertThat(CapacityMath.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(999);
        assertThat(CapacityMath.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
    }
}
