package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.TypedAmounts;
import com.headpin.collaboration.ui.ConflictDialog;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.forecast.QuotaFigures;
import com.headpin.forecast.QuotaInput;
import com.headpin.forecast.QuotaService;
import com.headpin.security.HeadpinUserPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.headpin.shared.ui.AmountField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two managers in the same quota dialog (a rep's quota for the year before last, which no other test touches): the
 * director's save arrives in the team manager's open dialog, and the manager's save on the older version goes
 * through the conflict dialog and is then stored on top of the director's, as typed.
 */
class QuotaDialogTest extends KaribuTest {

    @Autowired QuotaService quotas;
    @Autowired UserDetailsService users;

    @Test
    void anotherManagersSaveArrivesLiveAndAStaleSaveIsResolvedAndSavedAgain() {
        long rep2 = id("rep2");
        openAs("manager", Locale.ENGLISH);
        navigate("forecast/quotas");
        int year = yearBeforeLast();
        _click(QuotasViewTest.rowButton(rep2, "edit-quota-rep-").orElseThrow());
        _assertOne(QuotaDialog.class);
        assertThat(_get(PresenceAvatars.class, spec -> spec.withId("quota-presence"))).isNotNull();
        AmountField yearly = _get(AmountField.class, spec -> spec.withId("quota-yearly"));

        QuotaFigures theirs = directorSaves(rep2, year, new BigDecimal("1234000.00"));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(yearly.getValue()).as("the director's save, in the untouched field")
                    .isEqualByComparingTo("1234000.00");
        });
        assertThat(_get(AmountField.class, spec -> spec.withId("quota-month-12")).getValue())
                .isEqualByComparingTo("102833.37");

        // The manager types a year while the director saves again: the manager's save is on the older version.
        TypedAmounts.type(yearly, "2,000,000");
        QuotaFigures again = directorSaves(rep2, year, new BigDecimal("1500000.00"));
        assertThat(again.version()).isGreaterThan(theirs.version());
        _click(_get(Button.class, spec -> spec.withId("save-quota")));
        _assertOne(ConflictDialog.class);
        assertThat(yearly.getValue()).as("the typed year is kept").isEqualByComparingTo("2000000");
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        _assertNone(QuotaDialog.class);
        QuotaFigures saved = TestSessions.as(users, "manager", () -> quotas.repQuota(rep2, year)).orElseThrow();
        assertThat(saved.yearly()).isEqualByComparingTo("2000000.00");
        assertThat(saved.version()).isEqualTo(again.version() + 1);
        assertThat(saved.updatedBy()).isEqualTo(id("manager"));
    }

    private QuotaFigures directorSaves(long repId, int year, BigDecimal amount) {
        return TestSessions.as(users, "director", () -> {
            Long version = quotas.repQuota(repId, year).map(QuotaFigures::version).orElse(null);
            return quotas.setRepQuota(repId, QuotaInput.even(year, version, amount));
        });
    }

    /** Switches the page to the earliest fiscal year it offers and returns it. */
    @SuppressWarnings("unchecked")
    private int yearBeforeLast() {
        Select<Integer> year = _get(Select.class, spec -> spec.withId("quota-year"));
        int first = year.getListDataView().getItems().mapToInt(Integer::intValue).min().orElseThrow();
        year.setValue(first);
        return first;
    }

    private long id(String username) {
        return ((HeadpinUserPrincipal) users.loadUserByUsername(username)).userId();
    }
}
