package com.headpin.settings.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.collaboration.Change;
import com.headpin.collaboration.FieldIndicators;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.Topic;
import com.headpin.collaboration.ui.LiveFields;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.settings.CompanySettings;
import com.headpin.settings.CompanySettingsChanges;
import com.headpin.settings.CompanySettingsService;
import com.headpin.shared.Actor;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators set the company's time zone, fiscal-year start, currency and forecast meeting day. Another
 * administrator's save arrives live; a save on top of theirs asks where both changed a field.
 */
@Route("admin/settings")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 92, title = "nav.settings", icon = "vaadin:cog")
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    /** Region ids (Asia/Shanghai, Europe/Berlin, UTC): the ones the service accepts. */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    private final ComboBox<String> timeZone = new ComboBox<>();
    private final Select<Month> fiscalYearStart = new Select<>();
    private final TextField currency = new TextField();
    private final Select<DayOfWeek> meetingDay = new Select<>();
    private final LiveFields liveFields = new LiveFields();
    private final CompanySettingsService settings;
    private final UserAccountService users;
    private final BusinessCalendar calendar;
    private long loadedVersion;
    private String lastOtherEditor = "";

    SettingsView(CompanySettingsService settings, UserAccountService users, BusinessCalendar calendar,
                 LiveUpdates liveUpdates, Presence presence, FieldIndicators indicators) {
        this.settings = settings;
        this.users = users;
        this.calendar = calendar;
        setMaxWidth("48rem");
        configureFields();
        CompanySettings saved = settings.forEditing();
        show(saved);
        liveFields.track(CompanySettings.ZONE, getTranslation("settings.time-zone"), timeZone, this::zoneLabel)
                .track(CompanySettings.FISCAL_YEAR_START, getTranslation("settings.fiscal-year-start"),
                        fiscalYearStart, this::monthLabel)
                .track(CompanySettings.CURRENCY, getTranslation("settings.currency"), currency, v -> v)
                .track(CompanySettings.FORECAST_MEETING_DAY, getTranslation("settings.forecast-meeting-day"),
                        meetingDay, this::dayLabel);

        Topic topic = Topic.record(CompanySettingsService.RECORD_TYPE, CompanySettingsService.ID);
        PresenceAvatars here = new PresenceAvatars(presence, topic);
        here.setId("settings-presence");
        indicators.attach(this, topic, Map.of(CompanySettings.ZONE, timeZone, CompanySettings.FISCAL_YEAR_START,
                fiscalYearStart, CompanySettings.CURRENCY, currency, CompanySettings.FORECAST_MEETING_DAY,
                meetingDay));
        liveUpdates.subscribe(this, topic, this::savedElsewhere);

        FormLayout form = new FormLayout(timeZone, fiscalYearStart, currency, meetingDay);
        Button save = new Button(getTranslation("action.save"), e -> save(loadedVersion));
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(here, new Paragraph(getTranslation("settings.intro")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }

    private void configureFields() {
        timeZone.setId("settings-time-zone");
        timeZone.setLabel(getTranslation("settings.time-zone"));
        timeZone.setItems(ZONE_IDS.stream().sorted().toList());
        timeZone.setItemLabelGenerator(this::zoneLabel);
        timeZone.addValueChangeListener(e -> showNowIn(e.getValue()));
        timeZone.setWidthFull();
        fiscalYearStart.setId("settings-fiscal-year-start");
        fiscalYearStart.setLabel(getTranslation("settings.fiscal-year-start"));
        fiscalYearStart.setItems(Month.values());
        fiscalYearStart.setItemLabelGenerator(this::monthLabel);
        currency.setId("settings-currency");
        currency.setLabel(getTranslation("settings.currency"));
        currency.setMaxLength(3);
        currency.setValueChangeMode(ValueChangeMode.EAGER);
        currency.addValueChangeListener(e -> showCurrencyName(e.getValue()));
        meetingDay.setId("settings-forecast-meeting-day");
        meetingDay.setLabel(getTranslation("settings.forecast-meeting-day"));
        meetingDay.setItems(DayOfWeek.values());
        meetingDay.setItemLabelGenerator(this::dayLabel);
        meetingDay.setHelperText(getTranslation("settings.forecast-meeting-day.help"));
    }

    private void show(CompanySettings saved) {
        loadedVersion = saved.version();
        timeZone.setValue(saved.zone().getId());
        fiscalYearStart.setValue(saved.fiscalYearStart());
        currency.setValue(saved.currency().getCurrencyCode());
        meetingDay.setValue(saved.forecastMeetingDay());
    }

    private Map<String, Object> values(CompanySettings saved) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(CompanySettings.ZONE, saved.zone().getId());
        values.put(CompanySettings.FISCAL_YEAR_START, saved.fiscalYearStart());
        values.put(CompanySettings.CURRENCY, saved.currency().getCurrencyCode());
        values.put(CompanySettings.FORECAST_MEETING_DAY, saved.forecastMeetingDay());
        return values;
    }

    /** Another administrator saved: untouched fields take their values, edited ones are marked. */
    private void savedElsewhere(List<Change> changes) {
        long me = Actor.current().map(Actor::userId).orElse(0L);
        changes.stream().filter(change -> change.userId() != me).reduce((first, last) -> last).ifPresent(change -> {
            CompanySettings saved = settings.forEditing();
            lastOtherEditor = users.find(change.userId()).map(UserSummary::fullName)
                    .orElse(getTranslation("conflict.someone"));
            liveFields.savedByOther(values(saved), lastOtherEditor);
        });
    }

    private void save(long version) {
        CompanySettings saved;
        try {
            saved = settings.update(new CompanySettingsChanges(version, timeZone.getValue(),
                    fiscalYearStart.getValue(), currency.getValue(), meetingDay.getValue()));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields());
            return;
        } catch (StaleDataException stale) {
            CompanySettings current = settings.forEditing();
            String other = lastOtherEditor.isEmpty() ? getTranslation("conflict.someone") : lastOtherEditor;
            liveFields.resolveStale(other, values(current), () -> save(current.version()));
            return;
        }
        fields().values().forEach(FieldErrors::clear);
        show(saved);
        liveFields.loaded(values(saved));
        Notifications.success("settings.saved");
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(CompanySettings.ZONE, timeZone);
        fields.put(CompanySettings.FISCAL_YEAR_START, fiscalYearStart);
        fields.put(CompanySettings.CURRENCY, currency);
        fields.put(CompanySettings.FORECAST_MEETING_DAY, meetingDay);
        return fields;
    }

    private void showNowIn(String zoneId) {
        if (zoneId == null || !ZONE_IDS.contains(zoneId)) {
            timeZone.setHelperText(null);
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(getTranslation("timeline.time-format"), getLocale());
        timeZone.setHelperText(getTranslation("settings.time-zone.now",
                format.format(calendar.now().withZoneSameInstant(ZoneId.of(zoneId)))));
    }

    private void showCurrencyName(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        currency.setHelperText(Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getCurrencyCode().equals(upper)).findFirst()
                .map(c -> c.getDisplayName(getLocale())).orElse(getTranslation("settings.currency.help")));
    }

    /** "Asia/Shanghai (UTC+08:00)": the offset as of now, which daylight saving may change. */
    private String zoneLabel(String zoneId) {
        if (zoneId == null || !ZONE_IDS.contains(zoneId)) {
            return zoneId == null ? "" : zoneId;
        }
        Instant now = calendar.now().toInstant();
        String offset = ZoneId.of(zoneId).getRules().getOffset(now).getId();
        return zoneId + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
    }

    private String monthLabel(Month month) {
        return month == null ? "" : month.getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
    }

    private String dayLabel(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, getLocale());
    }
}
