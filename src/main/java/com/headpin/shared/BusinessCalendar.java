package com.headpin.shared;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Supplier;

/**
 * The company's calendar: "today", weeks and fiscal years in the company's time zone (a company setting), on the
 * application's {@link Clock}. Every module injects this bean instead of calling {@code LocalDate.now()}, so that a
 * node's system zone never decides what "today" or "overdue" means. Weeks start on Monday; a fiscal year is named
 * after the calendar year in which it starts (with the default January start it is the calendar year).
 *
 * <p>It lives in {@code shared} so that every module, the collaboration layer included, can use it; the settings
 * module supplies the rules and keeps them current.
 */
public final class BusinessCalendar {

    /** What the calendar takes from the company settings. */
    public record Rules(ZoneId zone, Month fiscalYearStart, DayOfWeek forecastMeetingDay) {

        public static final Rules DEFAULT = new Rules(ZoneId.of("Asia/Shanghai"), Month.JANUARY, DayOfWeek.MONDAY);
    }

    private final Clock clock;
    private final Supplier<Rules> rules;

    public BusinessCalendar(Clock clock, Supplier<Rules> rules) {
        this.clock = clock;
        this.rules = rules;
    }

    /** The company's time zone. */
    public ZoneId zone() {
        return rules.get().zone();
    }

    /** Now, on the company's wall clock. */
    public ZonedDateTime now() {
        return clock.instant().atZone(zone());
    }

    /** Today in the company's time zone. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    /** An instant on the company's wall clock, for display. */
    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone());
    }

    /** The company's date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return local(instant).toLocalDate();
    }

    /** Where a company day begins, e.g. for "created today" queries on instants. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    /** True when a due date lies before today: due today is not yet overdue. */
    public boolean isOverdue(LocalDate due) {
        return due.isBefore(today());
    }

    /** The Monday of the week a date falls in. */
    public LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of this week. */
    public LocalDate thisWeekStart() {
        return weekStart(today());
    }

    /** The weekday of the weekly forecast meeting. */
    public DayOfWeek forecastMeetingDay() {
        return rules.get().forecastMeetingDay();
    }

    /** The forecast meeting of the week a date falls in. */
    public LocalDate forecastMeeting(LocalDate date) {
        return weekStart(date).with(TemporalAdjusters.nextOrSame(forecastMeetingDay()));
    }

    /** The fiscal year a date falls in, named after the calendar year in which that fiscal year starts. */
    public int fiscalYear(LocalDate date) {
        Month start = rules.get().fiscalYearStart();
        return date.getMonthValue() >= start.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /** The fiscal year of today. */
    public int currentFiscalYear() {
        return fiscalYear(today());
    }

    /** The first day of a fiscal year. */
    public LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear, rules.get().fiscalYearStart(), 1);
    }

    /** The last day of a fiscal year. */
    public LocalDate fiscalYearEnd(int fiscalYear) {
        return fiscalYearStart(fiscalYear).plusYears(1).minusDays(1);
    }
}
