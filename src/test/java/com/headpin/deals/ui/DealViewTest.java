package com.headpin.deals.ui;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.deals.DealChange;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealHistoryEntry;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.ExitCriterion;
import com.headpin.deals.SalesProcessService;
import com.headpin.deals.TestDeals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deal page: the stage gate, a director's override, the outcome dialogs and moves arriving live. */
class DealViewTest extends KaribuTest {

    @Autowired
    DealService deals;
    @Autowired
    DealHistoryService history;
    @Autowired
    SalesProcessService process;

    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void theGateBlocksAMoveUntilTheStagesExitCriteriaAreTicked() {
        DealDetails deal = test.create("rep", "上海浦江银行", "Page: gate", 600_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        assertThat(step(1)).isEqualTo("current");

        _click(button("deal-move-forward"));
        _assertOne(GateDialog.class);
        assertThat(button("gate-confirm").isEnabled()).isFalse();
        _assertOne(Paragraph.class, spec -> spec.withId("gate-blocked"));
        _get(GateDialog.class).close();
        assertThat(stored(deal).stage()).isEqualTo(DealStage.SEMINAR);

        List<ExitCriterion> criteria = test.as("rep", () -> process.current().stage(DealStage.SEMINAR)
                .exitCriteria());
        criteria.forEach(c -> _setValue(_get(Checkbox.class, spec -> spec.withId("deal-criterion-" + c.id())), true));
        assertThat(stored(deal).checkedCriteria()).containsAll(criteria.stream().map(ExitCriterion::id).toList());
        _click(button("deal-move-forward"));
        _click(button("gate-confirm"));
        _assertNone(GateDialog.class);
        assertThat(stored(deal).stage()).isEqualTo(DealStage.EXECUTIVE_MEETING);
        assertThat(step(2)).isEqualTo("current");
        assertThat(step(1)).isEqualTo("done");
    }

    @Test
    void aDirectorWhoManagesTheDealOverridesTheGateAndTheReasonIsKept() {
        DealDetails deal = test.create("rep", "华东商业银行", "Page: override", 700_000);
        openAs("manager");
        navigate("deals/" + deal.id());
        _click(button("deal-move-forward"));
        _click(button("gate-confirm"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("gate-reason"));
        assertThat(reason.isInvalid()).as("an override needs a reason").isTrue();
        assertThat(stored(deal).stage()).isEqualTo(DealStage.SEMINAR);

        reason.setValue("Executive meeting held at the bank's annual conference");
        _click(button("gate-confirm"));
        assertThat(stored(deal).stage()).isEqualTo(DealStage.EXECUTIVE_MEETING);
        DealHistoryEntry last = test.as("rep", () -> history.history(deal.id())).getLast();
        assertThat(last.change()).isEqualTo(DealChange.GATE_OVERRIDDEN);
        assertThat(last.reason()).isEqualTo("Executive meeting held at the bank's annual conference");
    }

    @Test
    void losingADealRequiresAReason() {
        DealDetails deal = test.create("rep", "长三角农村商业银行", "Page: lost", 250_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        _click(button("deal-outcome-lost"));
        _click(button("outcome-confirm"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("outcome-lost-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("validation.required"));
        assertThat(stored(deal).outcome()).isEqualTo(DealOutcome.OPEN);

        reason.setValue("The customer chose a local vendor");
        _click(button("outcome-confirm"));
        _assertNone(OutcomeDialog.class);
        assertThat(stored(deal).outcome()).isEqualTo(DealOutcome.LOST);
        assertThat(stored(deal).lostReason()).isEqualTo("The customer chose a local vendor");
        _assertOne(Button.class, spec -> spec.withId("deal-outcome-open"));
    }

    @Test
    void aSecondViewerSeesAStageMoveAsItHappens() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Page: live", 400_000);
        openAs("rep2");
        navigate("deals/" + deal.id());
        assertThat(step(1)).isEqualTo("current");

        test.advance("rep", deal.id());

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(step(2)).isEqualTo("current");
        });
        assertThat(step(1)).isEqualTo("done");
    }

    @Test
    void aConsultantOnTheDealTeamReadsThePageButGetsNoButtonsToChangeIt() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Page: consultant", 150_000);
        test.addToTeam("rep", deal.id(), "consultant", com.headpin.deals.DealRole.CONSULTANT);
        openAs("consultant");
        navigate("deals/" + deal.id());
        _assertNone(Button.class, spec -> spec.withId("deal-move-forward"));
        _assertNone(Button.class, spec -> spec.withId("save-deal"));
        _assertNone(Button.class, spec -> spec.withId("deal-outcome-lost"));
        assertThat(_get(Span.class, spec -> spec.withId("deal-account")).getText())
                .as("the account is outside the consultant's part").isNotEqualTo("宁波港口银行");
    }

    @Test
    void openingAnotherDealFromADealReplacesThePage() {
        DealDetails first = test.create("rep", "苏州城市银行", "Page: first", 100_000);
        DealDetails second = test.create("rep", "苏州城市银行", "Page: second", 200_000);
        openAs("rep");
        navigate("deals/" + first.id());
        navigate("deals/" + second.id());
        _assertOne(H2.class, spec -> spec.withId("deal-title"));
        assertThat(_get(H2.class, spec -> spec.withId("deal-title")).getText()).isEqualTo("Page: second");
        _assertOne(GatePanel.class);
        assertThat(_find(PhaseLinks.class)).as("not a phased project").isEmpty();
    }

    private DealDetails stored(DealDetails deal) {
        return test.as("rep", () -> deals.find(deal.id())).orElseThrow();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String step(int stage) {
        return _get(Span.class, spec -> spec.withId("deal-stage-" + stage)).getElement().getAttribute("data-state");
    }
}
