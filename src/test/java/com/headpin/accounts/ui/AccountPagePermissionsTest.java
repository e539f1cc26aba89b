package com.headpin.accounts.ui;

import java.util.List;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page offers what the services allow, tab by tab: a consultant reads the profile, contacts, scorecard
 * and plan of an account they see and is offered no change; the rep who owns it works on all of them.
 */
class AccountPagePermissionsTest extends KaribuTest {

    private static final List<String> PLAN_CHANGES = List.of("plan-copy-forward", "plan-save-narrative",
            "plan-whitespace-apply", "plan-add-goal", "plan-add-action", "plan-add-relationship");

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aConsultantReadsEveryTabOfTheirAccountAndIsOfferedNoChange() {
        openAs("consultant");
        navigate("accounts/" + accountWithAPlan());
        assertThat(_get(TextField.class, spec -> spec.withId("account-name")).isReadOnly()).isTrue();
        assertThat(buttons("save-account", "account-not-pursuing")).isEmpty();

        selectTab("account.tab.contacts");
        assertThat(buttons("new-contact")).isEmpty();
        _clickItem(contactsChart(), 0);
        assertThat(_get(TextField.class, spec -> spec.withId("contact-name")).isReadOnly()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("contact-notes")).isReadOnly()).isTrue();
        assertThat(buttons("save-contact", "delete-contact")).isEmpty();
        _get(Dialog.class).close();

        selectTab("account.tab.scorecard");
        assertThat(scores()).isNotEmpty().allSatisfy(score -> assertThat(score.isReadOnly()).isTrue());

        selectTab("account.tab.plan");
        assertThat(buttons(PLAN_CHANGES.toArray(String[]::new))).isEmpty();
        assertThat(buttons("plan-review", "plan-create")).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-strengths")).isReadOnly()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-offerings")).isReadOnly()).isTrue();
        assertThat(whitespaceCell().isReadOnly()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> goals = _get(Grid.class, spec -> spec.withId("plan-goals"));
        _clickItem(goals, 0);
        _assertNone(Dialog.class);
    }

    @Test
    void theRepWhoOwnsTheAccountWorksOnEveryTabButDoesNotReviewThePlan() {
        openAs("rep2");
        navigate("accounts/" + accountWithAPlan());
        assertThat(buttons("save-account", "account-not-pursuing")).hasSize(2);

        selectTab("account.tab.contacts");
        assertThat(buttons("new-contact")).hasSize(1);
        _clickItem(contactsChart(), 0);
        assertThat(_get(TextField.class, spec -> spec.withId("contact-name")).isReadOnly()).isFalse();
        assertThat(buttons("save-contact", "delete-contact")).hasSize(2);
        _get(Dialog.class).close();

        selectTab("account.tab.scorecard");
        assertThat(scores()).isNotEmpty().allSatisfy(score -> assertThat(score.isReadOnly()).isFalse());

        selectTab("account.tab.plan");
        assertThat(buttons(PLAN_CHANGES.toArray(String[]::new))).hasSize(PLAN_CHANGES.size());
        assertThat(buttons("plan-review")).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-strengths")).isReadOnly()).isFalse();
        assertThat(whitespaceCell().isReadOnly()).isFalse();
    }

    /** 杭州精工机械: rep2's, on the Manufacturing team the consultant is on, with this year's plan (demo data). */
    private long accountWithAPlan() {
        return TestSessions.as(userDetails, "rep2", () -> accounts.page(new AccountFilter("杭州精工机械", null, null,
                null, null, null, true), Pageable.unpaged()).getContent().getFirst().id());
    }

    /** The visible buttons among those with these ids. */
    private static List<Button> buttons(String... ids) {
        List<String> wanted = List.of(ids);
        return _find(Button.class).stream().filter(b -> b.getId().map(wanted::contains).orElse(false)).toList();
    }

    /** The whitespace matrix's first cell, as its column renders it. */
    @SuppressWarnings("unchecked")
    private static Select<?> whitespaceCell() {
        Grid<String> matrix = _get(Grid.class, spec -> spec.withId("whitespace-matrix"));
        ComponentRenderer<?, String> cells = (ComponentRenderer<?, String>) matrix.getColumns().get(1).getRenderer();
        return (Select<?>) cells.createComponent(matrix.getListDataView().getItem(0));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<ContactDetails> contactsChart() {
        return _get(TreeGrid.class, spec -> spec.withId("contacts-chart"));
    }

    @SuppressWarnings("rawtypes")
    private static List<RadioButtonGroup> scores() {
        return _find(RadioButtonGroup.class);
    }
}
