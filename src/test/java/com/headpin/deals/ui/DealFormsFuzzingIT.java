package com.headpin.deals.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.headpin.FormFuzzing;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountRef;
import com.headpin.accounts.AccountService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.shared.AmountText;
import com.headpin.shared.InputRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the deal forms: the pipeline import and the new deal's amount. */
class DealFormsFuzzingIT extends FormFuzzing {

    @Autowired
    DealService deals;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    private int serial;

    @Test
    void importDialogFields() {
        openAs("rep3");
        fuzzImport("deals", "import-deals", () -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("account", "华北电网");
            row.put("name", "Fuzz import " + ++serial);
            row.put("amount", "250000");
            row.put("expected_close", "2027-06-30");
            row.put("stage", "2");
            row.put("outcome", "");
            row.put("forecast_category", "");
            row.put("owner", "rep3");
            row.put("team", "");
            row.put("next_step", "");
            return row;
        }, () -> deals.count(DealFilter.ALL));
    }

    @Test
    @SuppressWarnings("unchecked")
    void newDealAmountAsTyped() {
        openAs("rep3");
        AccountRef account = TestSessions.as(userDetails, "rep3", () -> accounts.refs("", 0, 1)).getFirst();
        TYPED_AMOUNTS.forEach(input -> {
            String what = "new deal, amount typed: " + input;
            String name = "Fuzz amount " + ++serial;
            fresh("deals");
            _click(_get(Button.class, spec -> spec.withId("new-deal")));
            _get(ComboBox.class, spec -> spec.withId("new-deal-account")).setValue(account);
            _get(TextField.class, spec -> spec.withId("new-deal-name")).setValue(name);
            type("new-deal-amount", input.value());
            long before = deals.count(DealFilter.ALL);
            Outcome outcome = attempt(what, "create-deal");
            var read = AmountText.parse(input.value()).filter(InputRules::isAmount);
            assertThat(outcome).as(what).isEqualTo(read.isPresent() ? Outcome.SAVED : Outcome.REFUSED);
            assertThat(deals.count(DealFilter.ALL)).as(what).isEqualTo(read.isPresent() ? before + 1 : before);
            read.ifPresent(amount -> {
                DealSummary saved = deals.page(new DealFilter(name, null, null, null, null), Pageable.unpaged())
                        .getContent().getFirst();
                assertThat(saved.amount()).as(what).isEqualByComparingTo(amount);
            });
        });
    }
}
