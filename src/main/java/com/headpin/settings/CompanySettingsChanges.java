package com.headpin.settings;

import java.time.DayOfWeek;
import java.time.Month;

import org.jspecify.annotations.Nullable;

/**
 * An administrator's edit of the company settings, as typed: the service checks each field.
 *
 * @param version the version the form was loaded with; an older one is refused as stale
 */
public record CompanySettingsChanges(long version, @Nullable String timeZone, @Nullable Month fiscalYearStart,
                                     @Nullable String currency, @Nullable DayOfWeek forecastMeetingDay) {
}
