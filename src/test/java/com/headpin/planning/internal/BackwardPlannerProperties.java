package com.headpin.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.planning.DateRange;
import com.headpin.planning.PlanInputs;
import com.headpin.planning.PlannedDeal;
import com.headpin.planning.SalesPlan;
import com.headpin.planning.StageStart;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The planner's promises for any sensible input, for a rep or a team: the method's arithmetic, blackouts kept, closes
 * where planned, seminars within capacity.
 */
class BackwardPlannerProperties {

    @Property(tries = 200)
    void seminarsNeededAreDealsTimesTheFirstRatio(@ForAll("inputs") PlanInputs in) {
        SalesPlan plan = BackwardPlanner.plan(in);
        int firstRatio = in.process().stage(DealStage.SEMINAR).conversion();
        Statistics.collect(plan.blocked() ? "blocked" : "planned");
        assertThat(plan.prospectsNeeded(DealStage.SEMINAR)).isEqualTo(plan.deals().size() * firstRatio);
        if (!plan.blocked()) {
            assertThat(plan.deals()).hasSize(plan.dealsNeeded());
            assertThat(plan.seminarDays()).isEqualTo(plan.dealsNeeded() * firstRatio);
            assertThat(plan.deals()).allSatisfy(d -> assertThat(d.seminarDays()).hasSize(firstRatio));
        }
    }

    @Property(tries = 200)
    void noActivityFallsInsideABlackout(@ForAll("inputs") PlanInputs in) {
        SalesPlan plan = BackwardPlanner.plan(in);
        for (PlannedDeal deal : plan.deals()) {
            List<LocalDate> days = new ArrayList<>(deal.seminarDays());
            days.add(deal.prospectingStart());
            deal.stages().stream().map(StageStart::date).forEach(days::add);
            assertThat(days).allSatisfy(day -> assertThat(in.blackouts()).noneMatch(b -> b.contains(day)));
        }
    }

    @Property(tries = 200)
    void everyScheduleEndsInItsCloseMonthAfterItsStagesInOrder(@ForAll("inputs") PlanInputs in) {
        SalesPlan plan = BackwardPlanner.plan(in);
        for (PlannedDeal deal : plan.deals()) {
            assertThat(YearMonth.from(deal.closeDate())).isEqualTo(deal.closeMonth());
            assertThat(deal.closeMonth()).isBetween(in.closeFrom(), in.closeTo());
            List<LocalDate> starts = deal.stages().stream().map(StageStart::date).toList();
            assertThat(starts).isSorted();
            assertThat(deal.prospectingStart()).isBeforeOrEqualTo(starts.getFirst());
            assertThat(deal.seminarDays()).allSatisfy(day -> assertThat(day)
                    .isBefore(deal.start(DealStage.EXECUTIVE_MEETING)));
        }
    }

    @Property(tries = 200)
    void totalEffortIsTheSumOfTheStagesEfforts(@ForAll("inputs") PlanInputs in) {
        SalesPlan plan = BackwardPlanner.plan(in);
        BigDecimal byMonths = Arrays.stream(DealRole.values()).map(plan::effort)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byStages = Arrays.stream(DealStage.values()).map(plan::stageEffort)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(byMonths).isEqualByComparingTo(byStages);
    }

    @Property(tries = 100)
    void seminarsStayWithinTheWeeklyCapacity(@ForAll("inputs") PlanInputs in) {
        SalesPlan plan = BackwardPlanner.plan(in);
        var perWeek = plan.deals().stream().flatMap(d -> d.seminarDays().stream())
                .collect(java.util.stream.Collectors.groupingBy(WorkWeeks::monday,
                        java.util.stream.Collectors.counting()));
        assertThat(perWeek.values()).allSatisfy(n -> assertThat(n)
                .isLessThanOrEqualTo((long) in.seminarsPerWeek() * in.people()));
        // A rep holds one seminar a day: a team at most one per rep.
        var perDay = plan.deals().stream().flatMap(d -> d.seminarDays().stream())
                .collect(java.util.stream.Collectors.groupingBy(day -> day, java.util.stream.Collectors.counting()));
        assertThat(perDay.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(in.people()));
    }

    @Provide
    Arbitrary<PlanInputs> inputs() {
        Arbitrary<Long> quota = Arbitraries.longs().between(0, 20_000_000);
        Arbitrary<Long> average = Arbitraries.longs().between(200_000, 5_000_000);
        Arbitrary<SalesProcess> process = Arbitraries.integers().between(0, 4).list().ofSize(6)
                .map(extra -> {
                    int[] ratios = {9, 6, 5, 5, 3, 1};
                    int[] weeks = new int[6];
                    for (int i = 0; i < 5; i++) {
                        weeks[i] = 1 + extra.get(i) * 2;
                    }
                    return Processes.of(extra.get(5), ratios, weeks);
                });
        Arbitrary<List<DateRange>> blackouts = Combinators.combine(
                        Arbitraries.integers().between(0, 700), Arbitraries.integers().between(0, 20))
                .as((offset, length) -> {
                    LocalDate from = LocalDate.of(2026, 1, 1).plusDays(offset);
                    return new DateRange(from, from.plusDays(length));
                }).list().ofMaxSize(4);
        Arbitrary<int[]> window = Combinators.combine(Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 11)).as((from, span) -> new int[] {from, Math.min(12, from + span)});
        return Combinators.combine(quota, average, process, blackouts, window,
                        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(0, 300))
                .as((q, a, p, b, w, perWeek, nonLocal, startOffset) -> new PlanInputs(2027, BigDecimal.valueOf(q),
                        BigDecimal.valueOf(a), p, YearMonth.of(2027, w[0]), YearMonth.of(2027, w[1]), null, b,
                        perWeek, nonLocal, 1, LocalDate.of(2026, 3, 1).plusDays(startOffset)))
                // One rep, or a team whose reps each hold the seminars a week.
                .flatMap(in -> Arbitraries.integers().between(1, 4).map(people -> new PlanInputs(in.planYear(),
                        in.quota(), in.averageDeal(), in.process(), in.closeFrom(), in.closeTo(), in.buffer(),
                        in.blackouts(), in.seminarsPerWeek(), in.nonLocalPercent(), in.travelDaysPerTrip(),
                        in.earliestStart(), people)));
    }

    @Property(tries = 50)
    void travelDaysFollowTheShareOfSeminarsOutOfTown(@ForAll @IntRange(min = 0, max = 100) int percent) {
        PlanInputs in = new PlanInputs(2027, new BigDecimal("5000000"), new BigDecimal("1000000"),
                Processes.defaults(), YearMonth.of(2027, 5), YearMonth.of(2027, 11), YearMonth.of(2027, 12),
                List.of(Processes.SPRING_FESTIVAL_2027), 2, percent, 2, LocalDate.of(2026, 6, 1));
        SalesPlan plan = BackwardPlanner.plan(in);
        assertThat(plan.travelDays()).isEqualTo(45 * percent / 100 * 2);
    }
}
