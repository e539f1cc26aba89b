package com.headpin.planning;

import java.util.List;
import java.util.Map;

import com.headpin.deals.DealStage;

/**
 * The plan against the real funnel: per stage, how many prospects the plan wanted to have reached it by today and how
 * many real deals have; and per planned close month the one gap a rep acts on first.
 */
public record PlanProgress(Map<DealStage, Integer> plannedByToday, Map<DealStage, Integer> reached,
                           List<PlanGap> gaps) {

    public PlanProgress {
        plannedByToday = Map.copyOf(plannedByToday);
        reached = Map.copyOf(reached);
        gaps = List.copyOf(gaps);
    }

    public static final PlanProgress NONE = new PlanProgress(Map.of(), Map.of(), List.of());

    public int plannedByToday(DealStage stage) {
        return plannedByToday.getOrDefault(stage, 0);
    }

    public int reached(DealStage stage) {
        return reached.getOrDefault(stage, 0);
    }
}
