package com.headpin.deals.ui;

import java.math.BigDecimal;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountRef;
import com.headpin.accounts.AccountService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealFilterOptions;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.deals.TestDeals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The deal list opens on the user's own deals, and a new deal starts from it. */
class DealsViewTest extends KaribuTest {

    @Autowired
    DealService deals;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsMyDealsFirstAndANewDealOpensOnceCreated() {
        openAs("rep2");
        navigate("deals");
        ComboBox<DealFilterOptions.Choice> owner = _get(ComboBox.class, spec -> spec.withId("deal-filter-owner"));
        assertThat(owner.getValue().name()).isEqualTo("刘洋");
        Grid<DealSummary> grid = _get(Grid.class, spec -> spec.withId("deals-grid"));
        assertThat(_fetch(grid, 0, _size(grid))).extracting(DealSummary::ownerName).containsOnly("刘洋");

        _click(_get(Button.class, spec -> spec.withId("new-deal")));
        ComboBox<AccountRef> account = _get(ComboBox.class, spec -> spec.withId("new-deal-account"));
        long bank = test.accountId("宁波港口银行");
        account.setValue(TestSessions.as(userDetails, "rep2", () -> accounts.ref(bank)).orElseThrow());
        _get(TextField.class, spec -> spec.withId("new-deal-name")).setValue("List: branch network");
        _get(AmountField.class, spec -> spec.withId("new-deal-amount")).setValue(new BigDecimal("320000"));
        _click(_get(Button.class, spec -> spec.withId("create-deal")));

        _assertNone(NewDealDialog.class);
        assertThat(_get(H2.class, spec -> spec.withId("deal-title")).getText()).isEqualTo("List: branch network");
        DealSummary created = TestSessions.as(userDetails, "rep2", () -> deals.page(
                new DealFilter("List: branch network", null, null, null, null), Pageable.unpaged()).getContent())
                .getFirst();
        assertThat(created.ownerName()).isEqualTo("刘洋");
        assertThat(created.amount()).isEqualByComparingTo("320000");
        assertThat(created.accountId()).isEqualTo(bank);
    }

    @Test
    void aConsultantIsOfferedNoNewDeal() {
        openAs("consultant");
        navigate("deals");
        assertThat(_find(Button.class, spec -> spec.withId("new-deal"))).isEmpty();
    }
}
