package com.headpin.settings;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;

import com.headpin.shared.BusinessCalendar;

/**
 * The company's settings as last saved.
 *
 * @param zone               the time zone of "today", overdue and weekly boundaries, and of scheduled jobs
 * @param fiscalYearStart    the month the fiscal year begins in (January: the fiscal year is the calendar year)
 * @param currency           the currency amounts are kept in
 * @param forecastMeetingDay the weekday of the weekly forecast meeting (weeks start on Monday)
 * @param version            the version an update must name
 */
public record CompanySettings(ZoneId zone, Month fiscalYearStart, Currency currency, DayOfWeek forecastMeetingDay,
                              long version) {

    /** Fields as named in {@link CompanySettingsChanged#fields()}, the live updates and field errors. */
    public static final String ZONE = "timeZone";
    public static final String FISCAL_YEAR_START = "fiscalYearStart";
    public static final String CURRENCY = "currency";
    public static final String FORECAST_MEETING_DAY = "forecastMeetingDay";
    /** An ISO 4217 code: the column, the rule and the field use this length. */
    public static final int CURRENCY_LENGTH = 3;

    public BusinessCalendar.Rules calendarRules() {
        return new BusinessCalendar.Rules(zone, fiscalYearStart, forecastMeetingDay);
    }
}
