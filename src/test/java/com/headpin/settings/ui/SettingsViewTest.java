package com.headpin.settings.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.collaboration.ui.ConflictDialog;
import com.headpin.security.SystemAuthentication;
import com.headpin.settings.CompanySettings;
import com.headpin.settings.CompanySettingsChanges;
import com.headpin.settings.CompanySettingsService;
import com.headpin.settings.DefaultSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The company settings screen: administrators only, bad input at its field, saves, others' saves live. */
class SettingsViewTest extends KaribuTest {

    @Autowired
    CompanySettingsService settings;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void restoreDefaults() {
        DefaultSettings.restore(settings);
    }

    @Test
    void badInputShowsAtTheFieldAndNothingIsSaved() {
        long before = stored().version();
        openAs("admin");
        navigate("admin/settings");
        TextField currency = _get(TextField.class, spec -> spec.withId("settings-currency"));
        currency.setValue("ZZZ");
        _click(_get(Button.class, spec -> spec.withId("save-settings")));

        assertThat(currency.isInvalid()).isTrue();
        assertThat(currency.getErrorMessage()).isEqualTo("Enter a currency code such as CNY or USD");
        assertThat(stored().version()).isEqualTo(before);
    }

    @Test
    void anAdministratorSavesAndSeesTheChineseLabels() {
        openAs("admin2");   // prefers Chinese
        navigate("admin/settings");
        ComboBox<String> zone = comboBox("settings-time-zone");
        assertThat(zone.getLabel()).isEqualTo("时区");
        assertThat(zone.getItemLabelGenerator().apply("Asia/Shanghai")).isEqualTo("Asia/Shanghai (UTC+08:00)");
        Select<Month> fiscal = select("settings-fiscal-year-start");
        assertThat(fiscal.getItemLabelGenerator().apply(Month.APRIL)).isEqualTo("四月");

        zone.setValue("Asia/Tokyo");
        fiscal.setValue(Month.APRIL);
        _get(TextField.class, spec -> spec.withId("settings-currency")).setValue("jpy");
        this.<DayOfWeek>select("settings-forecast-meeting-day").setValue(DayOfWeek.FRIDAY);
        _click(_get(Button.class, spec -> spec.withId("save-settings")));

        CompanySettings saved = stored();
        assertThat(saved.zone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(saved.fiscalYearStart()).isEqualTo(Month.APRIL);
        assertThat(saved.currency().getCurrencyCode()).isEqualTo("JPY");
        assertThat(saved.forecastMeetingDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(_get(TextField.class, spec -> spec.withId("settings-currency")).getValue()).isEqualTo("JPY");
    }

    @Test
    void anotherAdministratorsSaveArrivesLiveAndAStaleSaveAsks() {
        openAs("admin");
        navigate("admin/settings");
        Select<Month> fiscal = select("settings-fiscal-year-start");
        TextField currency = _get(TextField.class, spec -> spec.withId("settings-currency"));
        currency.setValue("USD");

        CompanySettings loaded = stored();
        TestSessions.as(userDetails, "admin2", () -> settings.update(new CompanySettingsChanges(loaded.version(),
                "Asia/Shanghai", Month.JULY, "EUR", DayOfWeek.MONDAY)));

        // The field the user left alone takes the other administrator's value; the edited one keeps the edit.
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(fiscal.getValue()).isEqualTo(Month.JULY);
        });
        assertThat(currency.getValue()).isEqualTo("USD");
        assertThat(currency.getElement().hasAttribute("data-conflict")).isTrue();

        _click(_get(Button.class, spec -> spec.withId("save-settings")));
        _assertOne(ConflictDialog.class);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));
        _assertNone(ConflictDialog.class);
        assertThat(stored().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(stored().fiscalYearStart()).isEqualTo(Month.JULY);
    }

    @Test
    void onlyAdministratorsFindTheSettings() {
        openAs("admin");
        navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Company settings");
        openAs("director");
        navigate("admin/settings");
        _assertNone(SettingsView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel)
                .doesNotContain("Company settings", "公司设置");
    }

    private CompanySettings stored() {
        return SystemAuthentication.runAsAdmin(() -> settings.forEditing());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
