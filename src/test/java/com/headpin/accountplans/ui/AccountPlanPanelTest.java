package com.headpin.accountplans.ui;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.OwnerOnlyAccount;
import com.headpin.accounts.AccountService;
import com.headpin.accountplans.ActionRow;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanStatus;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.organisation.OrganisationService;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccountPlanPanelTest extends KaribuTest {

    @Autowired
    BusinessCalendar calendar;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    OrganisationService organisation;

    @Test
    void theRepWorksOnTheKeyAccountPlanAndTheDirectorReviewsIt() {
        int year = calendar.today().getYear();
        long accountId = TestSessions.as(userDetails, "rep3", () -> accounts.page(new AccountFilter("华北电网", null,
                null, null, null, null, true), Pageable.unpaged()).getContent().getFirst().id());
        openAs("rep3");
        navigate("accounts/" + accountId);
        _get(TabSheet.class).setSelectedIndex(3);

        @SuppressWarnings("unchecked")
        Grid<ActionRow> actions = _get(Grid.class, spec -> spec.withId("plan-actions"));
        assertThat(_fetch(actions, 0, 20)).anySatisfy(a -> assertThat(a.overdue()).isTrue());
        assertThat(_get(Div.class, spec -> spec.withId("customer-year")).getElement().getTextRecursively())
                .contains("Spring Festival", "Tenders");

        _get(TextArea.class, spec -> spec.withId("plan-competitors")).setValue("Vendor C (new)");
        _click(_get(Button.class, spec -> spec.withId("plan-save-narrative")));
        PlanDetails saved = plans.plan(accountId, year).orElseThrow();
        assertThat(saved.narrative().competitors()).isEqualTo("Vendor C (new)");

        _click(_get(Button.class, spec -> spec.withId("plan-add-action")));
        _click(_get(Button.class, spec -> spec.withId("save-action")));
        assertThat(_get(TextField.class, spec -> spec.withId("action-title")).getErrorMessage()).isEqualTo("Required");
        _get(TextField.class, spec -> spec.withId("action-title")).setValue("Reference visit to Beijing Gas");
        _click(_get(Button.class, spec -> spec.withId("save-action")));
        assertThat(plans.plan(accountId, year).orElseThrow().actions()).extracting(ActionRow::title)
                .contains("Reference visit to Beijing Gas");

        _click(_get(Button.class, spec -> spec.withId("plan-copy-forward")));
        PlanDetails next = plans.plan(accountId, year + 1).orElseThrow();
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.narrative().competitors()).isEqualTo("Vendor C (new)");
        assertThat(next.actions()).extracting(ActionRow::title).contains("Reference visit to Beijing Gas");

        openAs("north.director");
        navigate("accounts/" + accountId);
        _get(TabSheet.class).setSelectedIndex(3);
        _click(_get(Button.class, spec -> spec.withId("plan-review")));
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).startsWith("Reviewed by James Walker");
        assertThat(plans.plan(accountId, year + 1).orElseThrow().status()).isEqualTo(PlanStatus.REVIEWED);
    }

    @Test
    void theReviewIsOfferedOnlyToTheManagersAboveTheAccount() {
        long energy = TestSessions.as(userDetails, "rep3", () -> accounts.page(new AccountFilter("华北电网", null,
                null, null, null, null, true), Pageable.unpaged()).getContent().getFirst().id());
        // Reviewed plans offer no review until they change (another test may have reviewed the newest one).
        TestSessions.as(userDetails, "rep3", () -> {
            PlanDetails newest = plans.plan(energy, plans.years(energy).getFirst()).orElseThrow();
            return plans.saveNarrative(newest.id(), newest.version(), newest.narrative());
        });
        assertThat(reviewOffered("north.director", energy)).as("North's director").isTrue();
        assertThat(reviewOffered("rep3", energy)).as("the rep").isFalse();

        long ownersOnly = OwnerOnlyAccount.create("评审按钮测试银行", accounts, organisation, userDetails);
        TestSessions.as(userDetails, "north.director", () -> plans.create(ownersOnly, calendar.today().getYear()));
        assertThat(reviewOffered("north.director", ownersOnly)).as("a director who only owns it").isFalse();
        _assertOne(Button.class, spec -> spec.withId("plan-copy-forward"));
        assertThat(reviewOffered("manager", ownersOnly)).as("the Banking team's manager").isTrue();
    }

    /** Whether the user, opening the account's plan, is offered the review. */
    private boolean reviewOffered(String username, long accountId) {
        openAs(username);
        navigate("accounts/" + accountId);
        selectTab("account.tab.plan");
        return !_find(Button.class, spec -> spec.withId("plan-review")).isEmpty();
    }

    @Test
    void whitespaceSavesKeepOneHeaderOneSubscriptionSetAndTheNarrativeBeingTyped() {
        long accountId = TestSessions.as(userDetails, "rep3", () -> accounts.page(new AccountFilter("华北电网", null,
                null, null, null, null, true), Pageable.unpaged()).getContent().getFirst().id());
        openAs("rep3");
        navigate("accounts/" + accountId);
        _get(TabSheet.class).setSelectedIndex(3);
        // The tab's content attaches, and starts listening, on the round trip.
        MockVaadin.clientRoundtrip(false);
        int subscriptions = liveUpdates.activeSubscriptions();
        TextArea strengths = _get(TextArea.class, spec -> spec.withId("plan-strengths"));
        strengths.setValue("Typed, not saved yet");

        _click(_get(Button.class, spec -> spec.withId("plan-whitespace-apply")));
        _click(_get(Button.class, spec -> spec.withId("plan-whitespace-apply")));
        MockVaadin.clientRoundtrip(false);

        _assertOne(Button.class, spec -> spec.withId("plan-copy-forward"));
        _assertOne(AvatarGroup.class, spec -> spec.withId("plan-presence"));
        assertThat(liveUpdates.activeSubscriptions()).isEqualTo(subscriptions);
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-strengths")).getValue())
                .isEqualTo("Typed, not saved yet");
    }
}
