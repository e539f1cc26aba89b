package com.headpin.settings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

import com.headpin.HeadpinTest;
import com.headpin.TestClock;
import com.headpin.TestLogin;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HeadpinTest
@RecordApplicationEvents
class CompanySettingsServiceIT {

    @Autowired
    CompanySettingsService settings;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void restoreDefaults() {
        DefaultSettings.restore(settings);
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdministratorsSaveMovesTheCompanysTodayAtOnce() {
        clock.stopAt(Instant.parse("2026-12-31T17:00:00Z"));
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        TestLogin.as(userDetails, "admin");
        CompanySettings loaded = settings.forEditing();
        assertThat(loaded.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));

        CompanySettings saved = settings.update(new CompanySettingsChanges(loaded.version(), " Europe/London ",
                Month.APRIL, "usd", DayOfWeek.FRIDAY));

        assertThat(saved.version()).isGreaterThan(loaded.version());
        assertThat(saved.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.currentFiscalYear()).isEqualTo(2026);
        assertThat(calendar.forecastMeetingDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(settings.current()).isEqualTo(saved);
        assertThat(events.stream(RecordChanged.class)
                .filter(e -> e.recordType().equals(SettingsTopics.COMPANY_SETTINGS)))
                .singleElement().satisfies(e -> assertThat(e.fields()).containsExactlyInAnyOrder(
                        CompanySettings.ZONE, CompanySettings.FISCAL_YEAR_START, CompanySettings.CURRENCY,
                        CompanySettings.FORECAST_MEETING_DAY));
        assertThat(events.stream(CompanySettingsChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.zoneChanged()).isTrue());
    }

    @Test
    void aStaleVersionIsRefusedNotSilentlyApplied() {
        TestLogin.as(userDetails, "admin");
        CompanySettings loaded = settings.forEditing();
        settings.update(new CompanySettingsChanges(loaded.version(), "Asia/Shanghai", Month.JULY, "CNY",
                DayOfWeek.MONDAY));

        assertThatThrownBy(() -> settings.update(new CompanySettingsChanges(loaded.version(), "Asia/Tokyo",
                Month.JANUARY, "JPY", DayOfWeek.TUESDAY))).isInstanceOf(StaleDataException.class);

        CompanySettings kept = settings.forEditing();
        assertThat(kept.fiscalYearStart()).isEqualTo(Month.JULY);
        assertThat(kept.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(kept.currency().getCurrencyCode()).isEqualTo("CNY");
    }

    @Test
    void onlyAdministratorsChangeSettingsEveryoneLoggedInReadsThem() {
        TestLogin.as(userDetails, "director");
        long version = settings.current().version();
        assertThatThrownBy(() -> settings.update(new CompanySettingsChanges(version, "Asia/Tokyo", Month.JANUARY,
                "CNY", DayOfWeek.MONDAY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.forEditing()).isInstanceOf(AccessDeniedException.class);
        TestLogin.as(userDetails, "rep");
        assertThat(settings.current().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> settings.current()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void badInputIsNamedPerFieldAndNothingIsStored() {
        TestLogin.as(userDetails, "admin");
        CompanySettings loaded = settings.forEditing();
        assertThatThrownBy(() -> settings.update(new CompanySettingsChanges(loaded.version(), "Mars/Olympus_Mons",
                null, "XQZ", null))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors())
                        .containsEntry(CompanySettings.ZONE, "settings.time-zone.unknown")
                        .containsEntry(CompanySettings.CURRENCY, "settings.currency.unknown")
                        .containsEntry(CompanySettings.FISCAL_YEAR_START, "validation.required")
                        .containsEntry(CompanySettings.FORECAST_MEETING_DAY, "validation.required"));
        assertThatThrownBy(() -> settings.update(new CompanySettingsChanges(loaded.version(), "+08:00",
                Month.JANUARY, "¥", DayOfWeek.MONDAY))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys(CompanySettings.ZONE, CompanySettings.CURRENCY));
        assertThatThrownBy(() -> settings.update(new CompanySettingsChanges(loaded.version(), " ", Month.JANUARY,
                "", DayOfWeek.MONDAY))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsEntry(CompanySettings.ZONE, "validation.required")
                        .containsEntry(CompanySettings.CURRENCY, "validation.required"));
        assertThat(settings.forEditing()).isEqualTo(loaded);
    }

    @Test
    void anotherNodesSaveReachesThisNodeWithinTheRefreshTime() {
        clock.stopAt(Instant.parse("2026-06-01T04:00:00Z"));
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        // Another node saved: the row changed, no event reached this node.
        jdbc.update("update company_settings set time_zone = 'Europe/Berlin', version = version + 1 where id = 1");

        clock.advance(Duration.ofSeconds(9));
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(calendar.now().getHour()).isEqualTo(6);
    }
}
