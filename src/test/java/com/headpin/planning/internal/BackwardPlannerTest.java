package com.headpin.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.planning.DateRange;
import com.headpin.planning.PlanInputs;
import com.headpin.planning.PlanNote;
import com.headpin.planning.PlannedDeal;
import com.headpin.planning.SalesPlan;
import org.junit.jupiter.api.Test;

/** The domain notes' example, worked backwards, and each odd input with its explanation. */
class BackwardPlannerTest {

    private static final LocalDate PLANNED_ON = LocalDate.of(2026, 7, 1);

    private static PlanInputs inputs(String quota, String average, SalesProcess process, List<DateRange> blackouts) {
        return PlanInputs.defaults(2027, new BigDecimal(quota), new BigDecimal(average), process, blackouts, 0,
                PLANNED_ON);
    }

    @Test
    void fiveMillionInMillionDealsIsFiveClosesBetweenMayAndNovemberWithDecemberFree() {
        SalesPlan plan = BackwardPlanner.plan(inputs("5000000", "1000000", Processes.defaults(),
                List.of(Processes.SPRING_FESTIVAL_2027)));

        assertThat(plan.notes()).isEmpty();
        assertThat(plan.dealsNeeded()).isEqualTo(5);
        assertThat(plan.deals()).extracting(PlannedDeal::closeMonth).extracting(YearMonth::getMonth)
                .containsExactly(Month.MAY, Month.JULY, Month.AUGUST, Month.SEPTEMBER, Month.NOVEMBER);
        assertThat(plan.prospectsNeeded(DealStage.SEMINAR)).isEqualTo(45);
        assertThat(plan.seminarDays()).isEqualTo(45);
        assertThat(plan.months().getLast().month()).isEqualTo(YearMonth.of(2027, 12));
        assertThat(plan.months().getLast().reaching(DealStage.SIGNED)).isZero();
    }

    @Test
    void aJulyCloseNeedsItsSeminarsInFebruaryAroundSpringFestival() {
        PlanInputs fivePerWeek = new PlanInputs(2027, new BigDecimal("5000000"), new BigDecimal("1000000"),
                Processes.defaults(), YearMonth.of(2027, 5), YearMonth.of(2027, 11), YearMonth.of(2027, 12),
                List.of(Processes.SPRING_FESTIVAL_2027), 5, 0, 1, PLANNED_ON);
        PlannedDeal july = BackwardPlanner.plan(fivePerWeek).deals().get(1);

        assertThat(july.closeDate()).isEqualTo(LocalDate.of(2027, 7, 12));
        // 6+4+5+4 weeks back from 12 July: the executive meetings from 1 March; nine seminars, five a week, before.
        assertThat(july.start(DealStage.EXECUTIVE_MEETING)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(july.seminarDays()).hasSize(9).allSatisfy(day -> assertThat(day)
                .isBefore(LocalDate.of(2027, 3, 1)).isAfter(Processes.SPRING_FESTIVAL_2027.to()));
        assertThat(july.start(DealStage.SEMINAR)).isEqualTo(LocalDate.of(2027, 2, 15));
        // Two weeks of prospecting before, counted over Spring Festival.
        assertThat(july.prospectingStart()).isEqualTo(LocalDate.of(2027, 1, 18));
    }

    @Test
    void fewerSeminarsAWeekStartEarlierAndLeaveSpringFestivalFree() {
        SalesPlan plan = BackwardPlanner.plan(inputs("5000000", "1000000", Processes.defaults(),
                List.of(Processes.SPRING_FESTIVAL_2027)));
        PlannedDeal july = plan.deals().get(1);

        assertThat(july.seminarDays()).containsExactly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 18),
                LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 26),
                LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 16), LocalDate.of(2027, 2, 22),
                LocalDate.of(2027, 2, 23));
        assertThat(july.start(DealStage.SEMINAR)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void monthsAddUpToThePlansProspectsAndEffort() {
        SalesPlan plan = BackwardPlanner.plan(inputs("5000000", "1000000", Processes.defaults(), List.of()));

        for (DealStage stage : DealStage.values()) {
            assertThat(plan.months().stream().mapToInt(m -> m.reaching(stage)).sum())
                    .isEqualTo(plan.prospectsNeeded(stage));
        }
        // Legal works in negotiation only: 3 prospects × 2 days × 5 deals.
        assertThat(plan.effort(DealRole.LEGAL)).isEqualByComparingTo("30");
    }

    @Test
    void aQuotaOfZeroIsExplainedNotPlannedAsZeroDeals() {
        SalesPlan plan = BackwardPlanner.plan(inputs("0", "1000000", Processes.defaults(), List.of()));

        assertThat(plan.blocked()).isTrue();
        assertThat(plan.notes()).extracting(PlanNote::key).containsExactly("planning.odd.no-quota");
        assertThat(plan.deals()).isEmpty();
    }

    @Test
    void anAverageDealLargerThanTheQuotaIsOneDealWithAWarning() {
        SalesPlan plan = BackwardPlanner.plan(inputs("500000", "1000000", Processes.defaults(), List.of()));

        assertThat(plan.blocked()).isFalse();
        assertThat(plan.dealsNeeded()).isEqualTo(1);
        assertThat(plan.notes()).extracting(PlanNote::key).containsExactly("planning.note.deal-above-quota");
        assertThat(plan.notes().getFirst().args()).containsExactly(new BigDecimal("1000000"),
                new BigDecimal("500000"));
    }

    @Test
    void aCloseWindowShorterThanTheSalesCycleSaysWhenTheFirstCloseCouldBe() {
        PlanInputs late = PlanInputs.defaults(2027, new BigDecimal("5000000"), new BigDecimal("1000000"),
                Processes.defaults(), List.of(), 0, LocalDate.of(2027, 8, 2));
        SalesPlan plan = BackwardPlanner.plan(late);

        assertThat(plan.blocked()).isTrue();
        PlanNote note = plan.notes().getFirst();
        assertThat(note.key()).isEqualTo("planning.odd.window-too-short");
        // 23 weeks, and nine seminars at two a week push the first possible close from January to February.
        assertThat(note.args()).containsExactly(23, LocalDate.of(2027, 8, 2), YearMonth.of(2028, 2),
                YearMonth.of(2027, 11));
    }

    @Test
    void closesThatCanNoLongerBeReachedMoveLaterWithAWarning() {
        PlanInputs inMarch = PlanInputs.defaults(2027, new BigDecimal("3000000"), new BigDecimal("1000000"),
                Processes.defaults(), List.of(), 0, LocalDate.of(2027, 3, 1));
        SalesPlan plan = BackwardPlanner.plan(inMarch);

        assertThat(plan.notes()).extracting(PlanNote::key).containsExactly("planning.note.months-unreachable");
        assertThat(plan.deals()).allSatisfy(d -> assertThat(d.prospectingStart())
                .isAfterOrEqualTo(LocalDate.of(2027, 3, 1)));
        assertThat(plan.deals().getFirst().closeMonth()).isEqualTo(plan.notes().getFirst().args().getFirst());
    }

    @Test
    void everyMonthBlackedOutIsExplained() {
        SalesPlan plan = BackwardPlanner.plan(inputs("5000000", "1000000", Processes.defaults(),
                List.of(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)))));

        assertThat(plan.blocked()).isTrue();
        assertThat(plan.notes()).extracting(PlanNote::key).containsExactly("planning.odd.all-blacked-out");
    }

    @Test
    void onlyTheCloseWindowBlackedOutIsExplainedToo() {
        SalesPlan plan = BackwardPlanner.plan(inputs("5000000", "1000000", Processes.defaults(),
                List.of(new DateRange(LocalDate.of(2027, 4, 20), LocalDate.of(2027, 12, 5)))));

        assertThat(plan.notes()).extracting(PlanNote::key).containsExactly("planning.odd.all-blacked-out");
    }

    @Test
    void ratiosThatDoNotDecreaseAreExplainedWithTheStagesConcerned() {
        SalesProcess rising = Processes.of(2, new int[] {9, 6, 7, 5, 3, 1}, Processes.WEEKS);
        SalesPlan plan = BackwardPlanner.plan(inputs("5000000", "1000000", rising, List.of()));

        assertThat(plan.blocked()).isTrue();
        assertThat(plan.notes()).singleElement().satisfies(note -> {
            assertThat(note.key()).isEqualTo("planning.odd.ratios-rise");
            assertThat(note.args()).containsExactly(DealStage.CONSULTING, 7, DealStage.EXECUTIVE_MEETING, 6);
        });
    }

    @Test
    void signingMoreThanOneDealPerDealIsExplained() {
        SalesProcess two = Processes.of(2, new int[] {9, 6, 5, 5, 3, 2}, Processes.WEEKS);

        assertThat(BackwardPlanner.plan(inputs("5000000", "1000000", two, List.of())).notes())
                .extracting(PlanNote::key).containsExactly("planning.odd.signed-ratio");
    }

    @Test
    void noSeminarCapacityAReversedWindowAndABufferInsideTheWindowAreExplained() {
        PlanInputs base = inputs("5000000", "1000000", Processes.defaults(), List.of());
        PlanInputs odd = new PlanInputs(2027, base.quota(), base.averageDeal(), base.process(),
                YearMonth.of(2027, 11), YearMonth.of(2027, 5), YearMonth.of(2027, 8), List.of(), 0, 0, 1, PLANNED_ON);

        assertThat(BackwardPlanner.plan(odd).notes()).extracting(PlanNote::key).containsExactly(
                "planning.odd.no-seminar-capacity", "planning.odd.window-reversed");
        PlanInputs bufferInside = new PlanInputs(2027, base.quota(), base.averageDeal(), base.process(),
                base.closeFrom(), base.closeTo(), YearMonth.of(2027, 8), List.of(), 2, 0, 1, PLANNED_ON);
        assertThat(BackwardPlanner.plan(bufferInside).notes()).extracting(PlanNote::key)
                .containsExactly("planning.odd.buffer-in-window");
    }

    @Test
    void aQuotaNeedingHundredsOfDealsIsTakenForATypingError() {
        SalesPlan plan = BackwardPlanner.plan(inputs("5000000000", "1000", Processes.defaults(), List.of()));

        assertThat(plan.notes()).extracting(PlanNote::key).containsExactly("planning.odd.too-many-deals");
    }

    @Test
    void noAverageDealIsExplained() {
        assertThat(BackwardPlanner.plan(inputs("5000000", "0", Processes.defaults(), List.of())).notes())
                .extracting(PlanNote::key).containsExactly("planning.odd.no-average-deal");
    }
}
