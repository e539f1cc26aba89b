package com.headpin.settings;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of company settings (id 1, created by migration V9 with the defaults). */
@Entity
@Table(name = "company_settings")
class SettingsRow {

    static final long ID = 1;
    static final int ZONE_MAX_LENGTH = 64;

    @Id
    private long id = ID;

    @Version
    private long version;

    @Column(name = "time_zone", nullable = false, length = ZONE_MAX_LENGTH)
    private String timeZone = "Asia/Shanghai";

    @Column(name = "fiscal_start_month", nullable = false)
    private int fiscalStartMonth = 1;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode = "CNY";

    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_meeting_day", nullable = false, length = 9)
    private DayOfWeek forecastMeetingDay = DayOfWeek.MONDAY;

    protected SettingsRow() {
    }

    long getVersion() {
        return version;
    }

    void apply(ZoneId zone, Month fiscalYearStart, Currency currency, DayOfWeek meetingDay) {
        this.timeZone = zone.getId();
        this.fiscalStartMonth = fiscalYearStart.getValue();
        this.currencyCode = currency.getCurrencyCode();
        this.forecastMeetingDay = meetingDay;
    }

    CompanySettings toSettings() {
        return new CompanySettings(ZoneId.of(timeZone), Month.of(fiscalStartMonth),
                Currency.getInstance(currencyCode), forecastMeetingDay, version);
    }
}
