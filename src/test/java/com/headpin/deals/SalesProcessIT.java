package com.headpin.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.headpin.HeadpinTest;
import com.headpin.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sales process: defaults, who changes it, and what a changed probability does to deals and their history. */
@HeadpinTest
class SalesProcessIT {

    @Autowired
    SalesProcessService process;
    @Autowired
    DealService deals;
    @Autowired
    DealHistoryService history;

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
    void theDefaultsFollowTheMethod() {
        SalesProcess sales = as("rep", process::current);
        assertThat(sales.prospectingWeeks()).isEqualTo(2);
        assertThat(sales.stages()).extracting(StageSettings::probability).containsExactly(10, 20, 45, 55, 80, 100);
        assertThat(sales.stages()).extracting(StageSettings::typicalWeeks).containsExactly(2, 4, 5, 4, 6, 0);
        assertThat(sales.stages()).extracting(StageSettings::conversion).containsExactly(9, 6, 5, 5, 3, 1);
        assertThat(sales.stage(DealStage.EXECUTIVE_MEETING).nameZh()).isEqualTo("见老总");
        assertThat(sales.stage(DealStage.CONSULTING).exitCriteria()).extracting(ExitCriterion::text)
                .anyMatch(text -> text.contains("立项"));
        assertThat(sales.stage(DealStage.NEGOTIATION).effort(DealRole.LEGAL)).isEqualByComparingTo("2");
        assertThat(sales.deliverables()).hasSize(10).first().extracting(Deliverable::name)
                .isEqualTo("调研报告 Research report");
    }

    @Test
    void onlyAdministratorsAndTheCompanysTopDirectorChangeIt() {
        assertThat(as("director", process::mayEdit)).isTrue();
        assertThat(as("admin", process::mayEdit)).isTrue();
        assertThat(as("manager", process::mayEdit)).as("a team's manager").isFalse();
        assertThat(as("rep", process::mayEdit)).isFalse();
        for (String user : List.of("manager", "north.director", "rep", "consultant")) {
            assertThatThrownBy(() -> as(user, () -> process.update(SalesProcessInput.from(process.current()))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        SalesProcess saved = as("director", () -> process.update(SalesProcessInput.from(process.current())));
        assertThat(saved.updatedBy()).isEqualTo(test.userId("director"));
    }

    @Test
    void aChangedProbabilityReweightsOpenDealsWhileTheHistoryKeepsTheOldValue() {
        DealDetails deal = test.create("rep", "苏州城市银行", "Process: reweighting", 1_000_000);
        test.advance("rep", deal.id());
        DealDetails consulting = test.advance("rep", deal.id());
        assertThat(consulting.stage()).isEqualTo(DealStage.CONSULTING);
        assertThat(consulting.weightedAmount()).isEqualByComparingTo("450000");
        try {
            change(stage -> stage.stage() == DealStage.CONSULTING ? withProbability(stage, 50) : stage);

            DealDetails now = as("rep", () -> deals.find(deal.id())).orElseThrow();
            assertThat(now.probability()).isEqualTo(50);
            assertThat(now.weightedAmount()).isEqualByComparingTo("500000");
            assertThat(now.version()).as("open forms stay current").isEqualTo(consulting.version());
            List<DealHistoryEntry> rows = as("rep", () -> history.history(deal.id()));
            assertThat(rows).extracting(DealHistoryEntry::change).containsExactly(DealChange.CREATED,
                    DealChange.MOVED_FORWARD, DealChange.MOVED_FORWARD, DealChange.PROBABILITY);
            assertThat(rows).extracting(DealHistoryEntry::probability).containsExactly(10, 20, 45, 50);
        } finally {
            change(stage -> stage.stage() == DealStage.CONSULTING ? withProbability(stage, 45) : stage);
        }
    }

    @Test
    void refusesProbabilitiesThatFallAndCriteriaTwiceAndKeepsTicksOfUnchangedCriteria() {
        SalesProcessInput current = as("admin", () -> SalesProcessInput.from(process.current()));
        List<StageInput> stagesIn = new ArrayList<>(current.stages());
        stagesIn.set(1, withProbability(stagesIn.get(1), 5));
        StageInput seminar = stagesIn.getFirst();
        List<String> twice = new ArrayList<>(seminar.exitCriteria());
        twice.add(twice.getFirst());
        stagesIn.set(0, new StageInput(seminar.stage(), seminar.nameEn(), seminar.nameZh(), seminar.probability(),
                seminar.typicalWeeks(), seminar.conversion(), twice, seminar.effortDays()));
        assertThatThrownBy(() -> as("admin", () -> process.update(new SalesProcessInput(current.version(),
                current.prospectingWeeks(), stagesIn, current.deliverables()))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("stage2.probability", "deal.process.probability.order")
                        .containsEntry("stage1.exitCriteria", "deal.process.duplicate"));

        List<Long> before = as("admin", () -> process.current().stage(DealStage.PROPOSAL).exitCriteria().stream()
                .map(ExitCriterion::id).toList());
        try {
            change(stage -> stage.stage() != DealStage.PROPOSAL ? stage : withCriteria(stage,
                    append(stage.exitCriteria(), "Budget confirmed")));
            List<ExitCriterion> after = as("admin", () -> process.current().stage(DealStage.PROPOSAL)
                    .exitCriteria());
            assertThat(after).hasSize(before.size() + 1);
            assertThat(after.subList(0, before.size())).extracting(ExitCriterion::id).isEqualTo(before);
        } finally {
            change(stage -> stage.stage() != DealStage.PROPOSAL ? stage : withCriteria(stage,
                    stage.exitCriteria().subList(0, before.size())));
        }
    }

    private void change(UnaryOperator<StageInput> edit) {
        as("director", () -> {
            SalesProcessInput in = SalesProcessInput.from(process.current());
            return process.update(new SalesProcessInput(in.version(), in.prospectingWeeks(),
                    in.stages().stream().map(edit).toList(), in.deliverables()));
        });
    }

    private static StageInput withProbability(StageInput s, int probability) {
        return new StageInput(s.stage(), s.nameEn(), s.nameZh(), probability, s.typicalWeeks(), s.conversion(),
                s.exitCriteria(), s.effortDays());
    }

    private static StageInput withCriteria(StageInput s, List<String> criteria) {
        return new StageInput(s.stage(), s.nameEn(), s.nameZh(), s.probability(), s.typicalWeeks(), s.conversion(),
                criteria, s.effortDays());
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private <T> T as(String username, Supplier<T> work) {
        return test.as(username, work);
    }
}
