package com.headpin.settings.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

import com.headpin.settings.SettingsTopics;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.Role;
import com.headpin.settings.CompanySettings;
import com.headpin.settings.CompanySettingsChanges;
import com.headpin.settings.CompanySettingsService;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators set the company's time zone, fiscal-year start, currency and forecast meeting day, together:
 * presence, field indicators, another administrator's save live, and a per-field choice when both saved.
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
    private final BusinessCalendar calendar;

    SettingsView(CompanySettingsService settings, BusinessCalendar calendar, LiveForms liveForms) {
        this.calendar = calendar;
        setMaxWidth("48rem");
        configureFields();
        FormFields<CompanySettings> fields = new FormFields<CompanySettings>("settings")
                .field(CompanySettings.ZONE, timeZone, "settings.time-zone", saved -> saved.zone().getId())
                .field(CompanySettings.FISCAL_YEAR_START, fiscalYearStart, "settings.fiscal-year-start",
                        CompanySettings::fiscalYearStart)
                .text(CompanySettings.CURRENCY, currency, "settings.currency",
                        saved -> saved.currency().getCurrencyCode(), CompanySettings.CURRENCY_LENGTH)
                .field(CompanySettings.FORECAST_MEETING_DAY, meetingDay, "settings.forecast-meeting-day",
                        CompanySettings::forecastMeetingDay);
        LiveForm<CompanySettings> shared = liveForms.open(this,
                SettingsTopics.SETTINGS, fields,
                settings.forEditing(), CompanySettings::version, () -> java.util.Optional.of(settings.forEditing()));
        shared.avatars().setId("settings-presence");

        Button save = new Button(getTranslation("action.save"), e -> shared.save(version -> settings.update(
                new CompanySettingsChanges(version, timeZone.getValue(), fiscalYearStart.getValue(),
                        currency.getValue(), meetingDay.getValue())), saved -> {
            fields.show(saved);
            Notifications.success("settings.saved");
        }));
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(shared.avatars(), new Paragraph(getTranslation("settings.intro")),
                new FormLayout(timeZone, fiscalYearStart, currency, meetingDay), save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }

    private void configureFields() {
        timeZone.setItems(ZONE_IDS.stream().sorted().toList());
        timeZone.setItemLabelGenerator(this::zoneLabel);
        timeZone.addValueChangeListener(e -> showNowIn(e.getValue()));
        timeZone.setWidthFull();
        fiscalYearStart.setItems(Month.values());
        fiscalYearStart.setItemLabelGenerator(this::monthLabel);
        currency.addValueChangeListener(e -> showCurrencyName(e.getValue()));
        meetingDay.setItems(DayOfWeek.values());
        meetingDay.setItemLabelGenerator(this::dayLabel);
        meetingDay.setHelperText(getTranslation("settings.forecast-meeting-day.help"));
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
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
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
