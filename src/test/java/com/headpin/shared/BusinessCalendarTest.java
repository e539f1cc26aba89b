package com.headpin.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import com.headpin.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Today", weeks and fiscal years in the company's zone, at the boundaries where UTC and Shanghai disagree. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TestClock clock = new TestClock();
    private final AtomicReference<BusinessCalendar.Rules> rules =
            new AtomicReference<>(BusinessCalendar.Rules.DEFAULT);
    private final BusinessCalendar calendar = new BusinessCalendar(clock, rules::get);

    @Test
    void todayIsTheCompanysDateNotUtcs() {
        clock.stopAt(Instant.parse("2026-12-31T15:59:59Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 12, 31));
        clock.advance(Duration.ofSeconds(1));
        // 16:00 UTC is midnight in Shanghai: New Year there, still 31 December in UTC.
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        clock.stopAt(Instant.parse("2026-12-31T17:00:00Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendar.now().getHour()).isEqualTo(1);
        assertThat(calendar.currentFiscalYear()).isEqualTo(2027);
        assertThat(calendar.dateOf(Instant.parse("2026-12-31T17:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendar.startOf(LocalDate.of(2027, 1, 1))).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void anotherZoneMovesTodayAtOnce() {
        clock.stopAt(Instant.parse("2026-12-31T17:00:00Z"));
        rules.set(new BusinessCalendar.Rules(ZoneId.of("America/New_York"), Month.JANUARY, DayOfWeek.MONDAY));
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(calendar.currentFiscalYear()).isEqualTo(2026);
    }

    @Test
    void overdueMeansBeforeTheCompanysToday() {
        // Monday 4 May 2026, 00:30 in Shanghai; still Sunday in UTC.
        clock.stopAt(LocalDate.of(2026, 5, 4).atTime(0, 30).atZone(SHANGHAI).toInstant());
        assertThat(calendar.isOverdue(LocalDate.of(2026, 5, 3))).isTrue();
        assertThat(calendar.isOverdue(LocalDate.of(2026, 5, 4))).isFalse();
    }

    @Test
    void weeksStartOnMondayInTheCompanysZone() {
        // Sunday 23:30 UTC is already Monday 07:30 in Shanghai: a new week there.
        clock.stopAt(Instant.parse("2026-05-03T23:30:00Z"));
        assertThat(calendar.thisWeekStart()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.weekStart(LocalDate.of(2026, 5, 3))).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(calendar.weekStart(LocalDate.of(2026, 5, 4))).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.weekStart(LocalDate.of(2026, 5, 10))).isEqualTo(LocalDate.of(2026, 5, 4));
        // Across a year end: the week of 1 January 2027 (a Friday) began on Monday 28 December 2026.
        assertThat(calendar.weekStart(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void theForecastMeetingIsTheSettingsWeekdayOfThatWeek() {
        assertThat(calendar.forecastMeeting(LocalDate.of(2026, 5, 7))).isEqualTo(LocalDate.of(2026, 5, 4));
        rules.set(new BusinessCalendar.Rules(SHANGHAI, Month.JANUARY, DayOfWeek.FRIDAY));
        assertThat(calendar.forecastMeetingDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(calendar.forecastMeeting(LocalDate.of(2026, 5, 4))).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(calendar.forecastMeeting(LocalDate.of(2026, 5, 10))).isEqualTo(LocalDate.of(2026, 5, 8));
    }

    @Test
    void fiscalYearsFollowTheStartMonth() {
        assertThat(calendar.fiscalYear(LocalDate.of(2026, 1, 1))).isEqualTo(2026);
        assertThat(calendar.fiscalYear(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
        rules.set(new BusinessCalendar.Rules(SHANGHAI, Month.APRIL, DayOfWeek.MONDAY));
        assertThat(calendar.fiscalYear(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
        assertThat(calendar.fiscalYear(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
        assertThat(calendar.fiscalYearStart(2026)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(calendar.fiscalYearEnd(2026)).isEqualTo(LocalDate.of(2027, 3, 31));
        // 31 March 2026, 16:30 UTC is already 1 April in Shanghai: the new fiscal year has begun there.
        clock.stopAt(Instant.parse("2026-03-31T16:30:00Z"));
        assertThat(calendar.currentFiscalYear()).isEqualTo(2026);
    }
}
