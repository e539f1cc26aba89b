package com.headpin.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealStage;
import com.headpin.planning.FunnelDeal;
import com.headpin.planning.PlanGap;
import com.headpin.planning.PlanInputs;
import com.headpin.planning.PlanProgress;
import com.headpin.planning.SalesPlan;
import org.junit.jupiter.api.Test;

/** The real funnel laid over a plan: what is missing, by when, for which close; and travel from cities. */
class ProgressCheckTest {

    private static final LocalDate PLANNED_ON = LocalDate.of(2026, 7, 1);

    private final SalesPlan plan = BackwardPlanner.plan(PlanInputs.defaults(2027, new BigDecimal("5000000"),
            new BigDecimal("1000000"), Processes.defaults(), List.of(Processes.SPRING_FESTIVAL_2027), 0, PLANNED_ON));

    @Test
    void fiveSeminarProspectsForMayAndJulyLeaveThirteenToFindForJuly() {
        List<FunnelDeal> funnel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            funnel.add(new FunnelDeal(DealStage.SEMINAR, false, LocalDate.of(2027, 5, 20)));
        }
        LocalDate today = LocalDate.of(2026, 10, 1);
        PlanProgress progress = ProgressCheck.check(plan, funnel, today);

        PlanGap may = progress.gaps().getFirst();
        assertThat(may.closeMonth()).isEqualTo(YearMonth.of(2027, 5));
        assertThat(may.stage()).isEqualTo(DealStage.SEMINAR);
        assertThat(may.missing()).isEqualTo(4);
        assertThat(may.late()).isFalse();
        PlanGap july = progress.gaps().get(1);
        assertThat(july.closeMonth()).isEqualTo(YearMonth.of(2027, 7));
        assertThat(july.missing()).isEqualTo(13);
        assertThat(july.due()).isEqualTo(plan.deals().get(1).start(DealStage.SEMINAR));
        assertThat(progress.reached(DealStage.SEMINAR)).isEqualTo(5);
        assertThat(progress.reached(DealStage.EXECUTIVE_MEETING)).isZero();
    }

    @Test
    void aMissedDateIsReportedAsBehindWhenNothingLiesAhead() {
        LocalDate today = LocalDate.of(2027, 7, 30);
        PlanProgress progress = ProgressCheck.check(plan, List.of(), today);

        PlanGap may = progress.gaps().getFirst();
        assertThat(may.late()).isTrue();
        assertThat(may.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(progress.plannedByToday(DealStage.SEMINAR)).isEqualTo(45);
    }

    @Test
    void aFunnelThatCoversThePlanLeavesNoGap() {
        List<FunnelDeal> funnel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            funnel.add(new FunnelDeal(DealStage.SIGNED, true, LocalDate.of(2027, 5, 10)));
        }
        for (int i = 0; i < 40; i++) {
            funnel.add(new FunnelDeal(DealStage.NEGOTIATION, false, LocalDate.of(2027, 5, 10)));
        }
        assertThat(ProgressCheck.check(plan, funnel, PLANNED_ON).gaps()).isEmpty();
    }

    @Test
    void travelCountsCustomersInAnotherCityOnly() {
        assertThat(TravelShare.percentOutside("上海", Map.of("上海", 2L, "苏州", 1L, "", 1L))).isEqualTo(25);
        assertThat(TravelShare.percentOutside(null, Map.of("苏州", 3L))).isZero();
        assertThat(TravelShare.percentOutside("上海", Map.of())).isZero();
    }
}
