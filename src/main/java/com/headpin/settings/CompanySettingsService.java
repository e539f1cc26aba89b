package com.headpin.settings;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.headpin.shared.InputRules;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the company settings (anyone logged in, and the system) and changes them (administrators). For "today" and
 * the zone, modules inject {@link com.headpin.shared.BusinessCalendar} instead.
 */
@Service
@Transactional
public class CompanySettingsService {

    /** The settings are one record: its id, whose topic is {@link SettingsTopics#SETTINGS}. */
    public static final long ID = SettingsRow.ID;

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final SettingsRepository repository;
    private final SettingsCache cache;
    private final ApplicationEventPublisher events;

    CompanySettingsService(SettingsRepository repository, SettingsCache cache, ApplicationEventPublisher events) {
        this.repository = repository;
        this.cache = cache;
        this.events = events;
    }

    /** The settings as this node holds them (at most {@code headpin.settings.refresh} old). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public CompanySettings current() {
        return cache.current();
    }

    /** The settings as saved, for the form that edits them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CompanySettings forEditing() {
        return cache.reload();
    }

    /** Checks every field, refuses a stale version, saves and announces the changed fields. */
    @PreAuthorize("hasRole('ADMIN')")
    public CompanySettings update(CompanySettingsChanges changes) {
        InputRules rules = new InputRules();
        ZoneId zone = zone(changes.timeZone(), rules);
        Currency currency = currency(changes.currency(), rules);
        Month fiscalYearStart = required(changes.fiscalYearStart(), CompanySettings.FISCAL_YEAR_START, rules);
        DayOfWeek meetingDay = required(changes.forecastMeetingDay(), CompanySettings.FORECAST_MEETING_DAY, rules);
        rules.check();
        SettingsRow row = repository.findById(ID)
                .orElseThrow(() -> new IllegalStateException("The company_settings row is missing (migration V9)"));
        row.checkVersion(changes.version());
        CompanySettings before = row.toSettings();
        row.apply(zone, fiscalYearStart, currency, meetingDay);
        // Flushed here so the version in the result is the saved one; a lost race becomes StaleDataException
        // (shared.LockFailures).
        CompanySettings after = repository.saveAndFlush(row).toSettings();
        Set<String> fields = changedFields(before, after);
        if (!fields.isEmpty()) {
            events.publishEvent(new CompanySettingsChanged(after, fields));
            events.publishEvent(RecordChanged.of(SettingsTopics.COMPANY_SETTINGS, ID, fields));
        }
        return after;
    }

    private static @Nullable ZoneId zone(@Nullable String id, InputRules rules) {
        String trimmed = InputRules.trimToNull(id);
        if (trimmed == null) {
            rules.reject(CompanySettings.ZONE, "validation.required");
            return null;
        }
        // Region ids only (Asia/Shanghai, UTC): a fixed offset such as +08:00 would ignore daylight saving.
        if (!ZoneId.getAvailableZoneIds().contains(trimmed)) {
            rules.reject(CompanySettings.ZONE, "settings.time-zone.unknown");
            return null;
        }
        return ZoneId.of(trimmed);
    }

    private static @Nullable Currency currency(@Nullable String code, InputRules rules) {
        String trimmed = InputRules.trimToNull(code);
        if (trimmed == null) {
            rules.reject(CompanySettings.CURRENCY, "validation.required");
            return null;
        }
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (!CURRENCY_CODE.matcher(upper).matches() || !CURRENCIES.contains(upper)) {
            rules.reject(CompanySettings.CURRENCY, "settings.currency.unknown");
            return null;
        }
        return Currency.getInstance(upper);
    }

    private static <T> @Nullable T required(@Nullable T value, String field, InputRules rules) {
        if (value == null) {
            rules.reject(field, "validation.required");
        }
        return value;
    }

    private static Set<String> changedFields(CompanySettings before, CompanySettings after) {
        Set<String> fields = new LinkedHashSet<>();
        if (!before.zone().equals(after.zone())) {
            fields.add(CompanySettings.ZONE);
        }
        if (before.fiscalYearStart() != after.fiscalYearStart()) {
            fields.add(CompanySettings.FISCAL_YEAR_START);
        }
        if (!Objects.equals(before.currency(), after.currency())) {
            fields.add(CompanySettings.CURRENCY);
        }
        if (before.forecastMeetingDay() != after.forecastMeetingDay()) {
            fields.add(CompanySettings.FORECAST_MEETING_DAY);
        }
        return fields;
    }
}
