package com.headpin.planning.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.headpin.deals.DealStage;
import com.headpin.planning.FunnelDeal;
import com.headpin.planning.PlanGap;
import com.headpin.planning.PlanProgress;
import com.headpin.planning.PlannedDeal;
import com.headpin.planning.SalesPlan;

/**
 * Lays the real funnel over a plan. A real deal counts for a stage once it has reached it (open at that stage or
 * later, or won) and for the planned closes from its expected close month on; the plan wants, for the closes up to a
 * month, each stage's ratio per deal by the day that month's first deal must reach the stage. Per close month the
 * gap to act on is the earliest one still ahead, else the most recent one missed.
 */
public final class ProgressCheck {

    private ProgressCheck() {
    }

    public static PlanProgress check(SalesPlan plan, List<FunnelDeal> funnel, LocalDate today) {
        if (plan.deals().isEmpty()) {
            return PlanProgress.NONE;
        }
        Map<DealStage, Integer> plannedByToday = new EnumMap<>(DealStage.class);
        Map<DealStage, Integer> reached = new EnumMap<>(DealStage.class);
        for (DealStage stage : DealStage.values()) {
            int ratio = plan.inputs().process().stage(stage).conversion();
            plannedByToday.put(stage, (int) plan.deals().stream()
                    .filter(d -> !d.start(stage).isAfter(today)).count() * ratio);
            reached.put(stage, (int) funnel.stream().filter(d -> counts(d, stage)).count());
        }
        List<PlanGap> gaps = new ArrayList<>();
        for (YearMonth month : new TreeSet<>(plan.deals().stream().map(PlannedDeal::closeMonth).toList())) {
            gapFor(plan, funnel, month, today).ifPresent(gaps::add);
        }
        return new PlanProgress(plannedByToday, reached, gaps);
    }

    private static Optional<PlanGap> gapFor(SalesPlan plan, List<FunnelDeal> funnel, YearMonth month,
                                            LocalDate today) {
        List<PlanGap> gaps = new ArrayList<>();
        List<PlannedDeal> upTo = plan.deals().stream().filter(d -> !d.closeMonth().isAfter(month)).toList();
        for (DealStage stage : DealStage.values()) {
            int needed = upTo.size() * plan.inputs().process().stage(stage).conversion();
            long have = funnel.stream().filter(d -> counts(d, stage)
                    && !YearMonth.from(d.expectedClose()).isAfter(month)).count();
            LocalDate due = plan.deals().stream().filter(d -> d.closeMonth().equals(month))
                    .map(d -> d.start(stage)).min(Comparator.naturalOrder()).orElseThrow();
            if (have < needed) {
                gaps.add(new PlanGap(month, stage, (int) (needed - have), due, due.isBefore(today)));
            }
        }
        Optional<PlanGap> ahead = gaps.stream().filter(g -> !g.late()).min(Comparator.comparing(PlanGap::due));
        return ahead.isPresent() ? ahead : gaps.stream().max(Comparator.comparing(PlanGap::due));
    }

    private static boolean counts(FunnelDeal deal, DealStage stage) {
        return deal.won() || deal.stage().compareTo(stage) >= 0;
    }
}
