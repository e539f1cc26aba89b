package com.headpin.settings;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The one row of company settings (id 1, created by migration V9 with the defaults; never inserted here). */
@Entity
@Table(name = "company_settings")
class SettingsRow extends BaseEntity {

    static final long ID = 1;
    static final int ZONE_MAX_LENGTH = 64;

    @Column(name = "time_zone", nullable = false, length = ZONE_MAX_LENGTH)
    private String timeZone = "Asia/Shanghai";

    @Column(name = "fiscal_start_month", nullable = false)
    private int fiscalStartMonth = 1;

    @Column(name = "currency_code", nullable = false, length = CompanySettings.CURRENCY_LENGTH)
    private String currencyCode = "CNY";

    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_meeting_day", nullable = false, length = 9)
    private DayOfWeek forecastMeetingDay = DayOfWeek.MONDAY;

    protected SettingsRow() {
    }

    void apply(ZoneId zone, Month fiscalYearStart, Currency currency, DayOfWeek meetingDay) {
        this.timeZone = zone.getId();
        this.fiscalStartMonth = fiscalYearStart.getValue();
        this.currencyCode = currency.getCurrencyCode();
        this.forecastMeetingDay = meetingDay;
    }

    CompanySettings toSettings() {
        return new CompanySettings(ZoneId.of(timeZone), Month.of(fiscalStartMonth),
                Currency.getInstance(currencyCode), forecastMeetingDay, getVersion());
    }
}
