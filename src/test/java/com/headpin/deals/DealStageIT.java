package com.headpin.deals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stage gates, outcomes and the dated history they leave, through the services. */
@HeadpinTest
class DealStageIT {

    @Autowired
    DealService deals;
    @Autowired
    DealStageService stages;
    @Autowired
    DealHistoryService history;
    @Autowired
    SalesProcessService process;
    @Autowired
    Timeline timeline;

    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theGateOpensWhenTheCriteriaAreTickedAndOnlyTheDealsDirectorOverridesItWithAReason() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Gate: service", 500_000);
        refused("rep", () -> stages.moveStage(deal.id(), deal.version(), DealStage.EXECUTIVE_MEETING, null),
                "stage", "deal.gate.criteria-missing");
        refused("rep", () -> stages.moveStage(deal.id(), deal.version(), DealStage.EXECUTIVE_MEETING, "trust me"),
                "reason", "deal.gate.directors-only");
        refused("manager", () -> stages.moveStage(deal.id(), deal.version(), DealStage.EXECUTIVE_MEETING, " "),
                "reason", "deal.gate.reason-required");
        refused("rep", () -> stages.moveStage(deal.id(), deal.version(), DealStage.SIGNED, null),
                "stage", "deal.stage.sign-by-winning");

        DealDetails moved = as("manager", () -> stages.moveStage(deal.id(), deal.version(),
                DealStage.CONSULTING, "CIO committed at the dinner"));
        assertThat(moved.stage()).isEqualTo(DealStage.CONSULTING);
        DealHistoryEntry last = as("rep", () -> history.history(deal.id())).getLast();
        assertThat(last.change()).isEqualTo(DealChange.GATE_OVERRIDDEN);
        assertThat(last.fromStage()).isEqualTo(DealStage.SEMINAR);
        assertThat(last.reason()).isEqualTo("CIO committed at the dinner");
        assertThat(last.probability()).isEqualTo(45);
        // A stale move is refused, not applied.
        assertThatThrownBy(() -> as("rep", () -> stages.moveStage(deal.id(), deal.version(), DealStage.SEMINAR,
                null))).isInstanceOf(StaleDataException.class);

        DealDetails back = as("rep", () -> stages.moveStage(deal.id(), moved.version(), DealStage.EXECUTIVE_MEETING,
                "Sponsor left"));
        assertThat(back.stage()).isEqualTo(DealStage.EXECUTIVE_MEETING);
        assertThat(as("rep", () -> history.history(deal.id())).getLast().change()).isEqualTo(DealChange.MOVED_BACK);
        List<ExitCriterion> missing = as("rep", () -> stages.missingFor(deal.id(), DealStage.CONSULTING));
        assertThat(missing).extracting(ExitCriterion::stage).containsOnly(DealStage.EXECUTIVE_MEETING);

        // The activity shows the moves, the override's reason with it.
        List<TimelineEntry> activity = as("rep", () -> timeline.entries(DealTopics.DEAL, deal.id(), Locale.ENGLISH));
        assertThat(activity).filteredOn(e -> "deal.stage".equals(e.field())).extracting(TimelineEntry::after)
                .containsExactly("Executive meeting — Moved back: Sponsor left",
                        "Consulting — Moved past missing exit criteria: CIO committed at the dinner");
        assertThat(activity).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.CREATED);
    }

    @Test
    void tickingCriteriaLeavesTheDealsVersionSoOpenFormsStayCurrent() {
        DealDetails deal = test.create("rep", "金陵银行", "Ticks: version", 200_000);
        List<Long> seminar = as("rep", () -> process.current().stage(DealStage.SEMINAR).exitCriteria().stream()
                .map(ExitCriterion::id).toList());
        DealDetails ticked = as("rep2", () -> stages.check(deal.id(), seminar, true));
        assertThat(ticked.checkedCriteria()).containsAll(seminar);
        assertThat(ticked.version()).isEqualTo(deal.version());
        DealDetails renamed = as("rep", () -> deals.update(deal.id(), DealInput.from(deal).withName("Ticks: kept")));
        assertThat(renamed.checkedCriteria()).containsAll(seminar);
    }

    @Test
    void eachOutcomeAsksForWhatItNeedsAndWinningSignsTheDeal() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Outcome: service", 800_000);
        refused("rep", () -> stages.setOutcome(deal.id(), deal.version(), OutcomeInput.lost(" ", "Oracle")),
                "lostReason", "validation.required");
        refused("rep", () -> stages.setOutcome(deal.id(), deal.version(), OutcomeInput.won(null, null)),
                "finalAmount", "validation.required");
        refused("rep", () -> stages.setOutcome(deal.id(), deal.version(), OutcomeInput.delayed(null)),
                "newExpectedClose", "validation.required");

        DealDetails lost = as("rep", () -> stages.setOutcome(deal.id(), deal.version(),
                OutcomeInput.lost("Price too high", "Kingdee")));
        assertThat(lost.outcome()).isEqualTo(DealOutcome.LOST);
        assertThat(lost.lostTo()).isEqualTo("Kingdee");
        assertThat(lost.weightedAmount()).isEqualByComparingTo("0");
        assertThat(as("rep", () -> deals.competitors())).contains("Kingdee");

        DealDetails reopened = as("rep", () -> stages.setOutcome(deal.id(), lost.version(), OutcomeInput.reopened()));
        DealDetails won = as("rep", () -> stages.setOutcome(deal.id(), reopened.version(),
                OutcomeInput.won(new BigDecimal("750000"), reopened.expectedClose().minusYears(1))));
        assertThat(won.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(won.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
        assertThat(won.weightedAmount()).isEqualByComparingTo("750000");
        DealHistoryEntry last = as("rep", () -> history.history(deal.id())).getLast();
        assertThat(last.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(last.amount()).isEqualByComparingTo("750000");
        assertThat(last.probability()).isEqualTo(100);
    }

    @Test
    void phasesOfAProjectLinkToItsFirstDealOfTheSameAccount() {
        DealDetails training = test.create("rep", "华东商业银行", "Phases: training", 100_000);
        DealDetails consulting = test.create("rep", "华东商业银行", "Phases: consulting", 300_000);
        DealDetails other = test.create("rep", "宁波港口银行", "Phases: other account", 300_000);
        DealDetails linked = as("rep", () -> deals.update(consulting.id(), phase(consulting, DealPhase.CONSULTING,
                training.id())));
        assertThat(linked.programId()).isEqualTo(training.id());
        assertThat(as("rep", () -> deals.phases(training.id()))).extracting(DealSummary::id)
                .containsExactly(training.id(), consulting.id());
        refused("rep", () -> deals.update(other.id(), phase(other, DealPhase.CONSULTING, training.id())),
                "program", "deal.program.other-account");
        refused("rep", () -> deals.update(training.id(), phase(training, DealPhase.TRAINING, consulting.id())),
                "program", "deal.program.self");
    }

    private static DealInput phase(DealDetails d, DealPhase phase, long programId) {
        DealInput in = DealInput.from(d);
        return new DealInput(in.version(), in.accountId(), in.name(), in.amount(), in.expectedClose(), in.ownerId(),
                in.teamId(), in.regionId(), in.forecastCategory(), in.nextStep(), in.team(), in.competitors(),
                in.partners(), phase, programId);
    }

    @Test
    void amountsAndDatesOutOfBoundsAreRefusedAtTheirFields() {
        DealDetails deal = test.create("rep", "东海证券", "Bounds: service", 100_000);
        refused("rep", () -> deals.update(deal.id(), DealInput.from(deal).withAmount(new BigDecimal("-1"),
                deal.expectedClose())), "amount", "validation.amount");
        refused("rep", () -> deals.update(deal.id(), DealInput.from(deal).withAmount(deal.amount(),
                java.time.LocalDate.of(20260, 1, 1))), "expectedClose", "validation.date.range");
    }

    private <T> T as(String username, Supplier<T> work) {
        return test.as(username, work);
    }

    private void refused(String username, Supplier<?> work, String field, String key) {
        assertThatThrownBy(() -> as(username, work)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.fieldErrors()).containsEntry(field, key));
    }
}
