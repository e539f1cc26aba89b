package com.headpin.deals.ui;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.headpin.KaribuTest;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.deals.TestDeals;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The handover page: a leaver's work goes to a successor from a dialog that says what will move. */
class HandoverViewTest extends KaribuTest {

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired UserAccountService users;

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorReassignsALeaversAccountsAfterSeeingTheCounts() {
        TestDeals test = TestDeals.of(context);
        UserSummary leaver = test.as("admin", () -> users.create(newUser("karibu.leaver", "界面离职")));
        UserSummary successor = test.as("admin", () -> users.create(newUser("karibu.successor", "界面接任")));
        AccountDetails account = test.as("admin", () -> accounts.create(new AccountInput(0, "界面交接客户", null,
                Industry.OTHER, Nature.PRIVATE, SizeBand.SMALL, null, null, leaver.id(), FunnelPosition.ABOVE, null,
                null, null, null, BigDecimal.valueOf(10_000), null, Set.of())));

        openAs("admin");
        navigate("handover");
        Grid<UserSummary> people = _get(Grid.class, spec -> spec.withId("handover-people"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(people))
                .filter(i -> GridKt._get(people, i).id() == leaver.id()).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(people, row, "reassign"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("handover-counts")).getText())
                .isEqualTo("No open deals (delayed ones included), 1 account");
        ComboBox<UserSummary> accountsTo = _get(ComboBox.class, spec -> spec.withId("handover-accounts-to"));
        ComboBox<UserSummary> dealsTo = _get(ComboBox.class, spec -> spec.withId("handover-deals-to"));
        _click(_get(Button.class, spec -> spec.withId("handover-confirm")));
        assertThat(accountsTo.isInvalid()).as("no new owner chosen").isTrue();

        _setValue(accountsTo, successor);
        assertThat(dealsTo.getValue()).as("the deals follow the accounts' new owner").isEqualTo(successor);
        _click(_get(Button.class, spec -> spec.withId("handover-confirm")));

        _assertNone(Dialog.class);
        assertThat(test.as("admin", () -> accounts.find(account.id()).orElseThrow().ownerId()))
                .isEqualTo(successor.id());
    }

    private static NewUser newUser(String username, String fullName) {
        return new NewUser(username, fullName, null, EnumSet.of(Role.REP), "zh-CN", "Handover2026pw");
    }
}
