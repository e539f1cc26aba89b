package com.headpin.accountplans.ui;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import com.headpin.DemoUnits;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.ActionInput;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accountplans.PlanStatus;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.collaboration.NotificationItem;
import com.headpin.collaboration.NotificationService;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plan review as a flow: rep3 (Energy team) submits their account's plan, north.director (above the Energy team)
 * finds it, and rep3's overdue plan action, on the home view, opens it from there and reviews it; afterwards neither
 * button is offered until the plan changes again.
 */
class PlanReviewFlowTest extends KaribuTest {

    @Autowired
    BusinessCalendar calendar;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    PlanItemService items;
    @Autowired
    NotificationService notifications;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService userDetails;

    private String accountName;
    private long accountId;
    private PlanDetails plan;

    @BeforeEach
    void rep3sAccountWithAPlanAndAnOverdueAction() {
        accountName = "评审流程电力" + UUID.randomUUID().toString().substring(0, 6);
        long rep3 = userId("rep3");
        long team = DemoUnits.id(organisation, userDetails, DemoUnits.ENERGY);
        long region = DemoUnits.id(organisation, userDetails, DemoUnits.NORTH);
        accountId = TestSessions.as(userDetails, "admin", () -> {
            AccountDetails created = accounts.create(new AccountInput(0, accountName, null, Industry.BANKING,
                    Nature.PRIVATE, SizeBand.MEDIUM, region, team, rep3, FunnelPosition.ABOVE, null, null, null,
                    null, BigDecimal.ZERO, null, Set.of()));
            // Set aside (not pursued) so that the seeded lists other tests count stay as they are.
            return accounts.setNotPursuing(created.id(), created.version(), "review flow test").id();
        });
        int year = calendar.today().getYear();
        plan = TestSessions.as(userDetails, "rep3", () -> {
            PlanDetails created = plans.create(accountId, year);
            items.saveAction(created.id(), null, new ActionInput(0, "Overdue visit " + accountName, rep3,
                    calendar.today().minusDays(3), ActionStatus.OPEN));
            return plans.plan(created.id());
        });
    }

    @Test
    void theRepSubmitsTheDirectorFindsItOnHomeReviewsItAndTheButtonsAreGone() {
        openAs("rep3");
        navigate("accounts/" + accountId + "/plan");
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Account plan");
        _assertNone(Button.class, spec -> spec.withId("plan-review"));
        _click(_get(Button.class, spec -> spec.withId("plan-submit")));
        assertThat(plans.plan(plan.id()).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText())
                .startsWith("Submitted for review by");
        _assertNone(Button.class, spec -> spec.withId("plan-submit"));
        PlanDetails submitted = plans.plan(plan.id());
        assertThatThrownBy(() -> TestSessions.as(userDetails, "rep3",
                () -> plans.review(submitted.id(), submitted.version()))).isInstanceOf(AccessDeniedException.class);

        openAs("north.director");
        navigate("");
        assertThat(text("home-plans-waiting")).contains(accountName);
        assertThat(text("home-plan-actions-overdue")).contains("Overdue visit " + accountName);
        assertThat(unread("north.director")).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notifications.plan-submitted");
            assertThat(n.link()).isEqualTo("accounts/" + accountId + "/plan");
        });
        _click(lineOf("home-plans-waiting", accountName));
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Account plan");
        assertThat(_find(ActivityTimeline.class)).as("the plan's history shows the status change")
                .anySatisfy(t -> assertThat(t.getElement().getTextRecursively()).contains("Submitted for review"));
        _click(_get(Button.class, spec -> spec.withId("plan-review")));
        assertThat(plans.plan(plan.id()).status()).isEqualTo(PlanStatus.REVIEWED);
        _assertNone(Button.class, spec -> spec.withId("plan-review"));
        assertThat(unread("rep3")).anySatisfy(n -> assertThat(n.messageKey())
                .isEqualTo("notifications.plan-reviewed"));

        navigate("");
        assertThat(text("home-plans-waiting")).doesNotContain(accountName);
    }

    @Test
    void aReviewedPlanIsNotReviewedAgainUntilItChangesAndAChangeMakesASubmittedPlanADraft() {
        PlanDetails reviewed = TestSessions.as(userDetails, "north.director",
                () -> plans.review(plan.id(), plan.version()));
        assertThat(reviewed.status()).as("a director reviews a draft directly").isEqualTo(PlanStatus.REVIEWED);
        assertThatThrownBy(() -> TestSessions.as(userDetails, "north.director",
                () -> plans.review(reviewed.id(), reviewed.version()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TestSessions.as(userDetails, "rep3",
                () -> plans.submit(reviewed.id(), reviewed.version()))).isInstanceOf(InvalidInputException.class);

        PlanDetails changed = TestSessions.as(userDetails, "rep3",
                () -> plans.saveNarrative(reviewed.id(), reviewed.version(), reviewed.narrative()));
        assertThat(changed.status()).isEqualTo(PlanStatus.DRAFT);
        PlanDetails submitted = TestSessions.as(userDetails, "rep3",
                () -> plans.submit(changed.id(), changed.version()));
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.submittedByName()).isNotBlank();
        PlanDetails draftAgain = TestSessions.as(userDetails, "rep3",
                () -> plans.saveNarrative(submitted.id(), submitted.version(), submitted.narrative()));
        assertThat(draftAgain.status()).isEqualTo(PlanStatus.DRAFT);

        openAs("rep3");
        navigate("accounts/" + accountId + "/plan");
        _get(Button.class, spec -> spec.withId("plan-submit"));
    }

    private long userId(String username) {
        return ((HeadpinUserPrincipal) userDetails.loadUserByUsername(username)).userId();
    }

    private java.util.List<NotificationItem> unread(String username) {
        return TestSessions.as(userDetails, username, () -> notifications.unread(50, java.util.Locale.ENGLISH)).stream()
                .filter(n -> n.arguments().contains(accountName)).toList();
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static Div lineOf(String listId, String contains) {
        return _get(Div.class, spec -> spec.withId(listId)).getChildren()
                .filter(c -> c.getElement().getTextRecursively().contains(contains))
                .map(Div.class::cast).findFirst().orElseThrow();
    }
}
