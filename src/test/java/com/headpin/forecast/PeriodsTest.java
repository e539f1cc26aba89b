package com.headpin.forecast;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.HeadpinI18NProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {

    private static Periods periods(Month fiscalStart) {
        Clock clock = Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        BusinessCalendar calendar = new BusinessCalendar(clock,
                () -> new BusinessCalendar.Rules(ZoneId.of("Asia/Shanghai"), fiscalStart, DayOfWeek.MONDAY));
        return new Periods(calendar, new HeadpinI18NProvider());
    }

    @Test
    void quartersAndMonthsFollowTheFiscalYearStart() {
        Periods april = periods(Month.APRIL);
        Period q4 = april.containing(PeriodKind.QUARTER, LocalDate.of(2027, 2, 14));
        assertThat(q4.fiscalYear()).isEqualTo(2026);
        assertThat(q4.index()).isEqualTo(4);
        assertThat(q4.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(q4.fiscalMonths()).containsExactly(10, 11, 12);
        Period month = april.containing(PeriodKind.MONTH, LocalDate.of(2026, 4, 30));
        assertThat(month.index()).isEqualTo(1);
        assertThat(april.year(2026).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void weeksStartOnMondayAndKeysReadBack() {
        Periods january = periods(Month.JANUARY);
        Period week = january.containing(PeriodKind.WEEK, LocalDate.of(2026, 12, 6));
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 12, 6));
        for (PeriodKind kind : PeriodKind.values()) {
            Period period = january.current(kind);
            assertThat(january.parse(period.key())).contains(period);
            assertThat(january.next(january.previous(period))).isEqualTo(period);
        }
        assertThat(january.parse("FY2026-Q5")).isEmpty();
        assertThat(january.parse("W2026-02-30")).isEmpty();
        assertThat(january.weeksStartingIn(january.quarter(2026, 4))).hasSize(13);
    }

    @Test
    void labelsInBothLanguages() {
        Periods january = periods(Month.JANUARY);
        assertThat(january.label(january.quarter(2026, 3), Locale.ENGLISH)).isEqualTo("Q3 FY2026");
        assertThat(january.label(january.quarter(2026, 3), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026财年第3季度");
        assertThat(january.label(january.month(2026, 7), Locale.ENGLISH)).isEqualTo("Jul 2026");
        assertThat(january.label(january.month(2026, 7), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年7月");
        assertThat(january.label(january.week(LocalDate.of(2026, 3, 4)), Locale.ENGLISH))
                .isEqualTo("Week of 2 Mar 2026");
    }
}
