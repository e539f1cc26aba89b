package com.headpin.planning;

import java.util.List;

/**
 * A plan for a year as the planner page shows it, for one rep or a team of {@code people} reps: the plan, the real
 * funnel against it, the blackouts it was scheduled around, the share of the customers outside their rep's city,
 * and every note (the planner's and the service's).
 */
public record PlanResult(SalesPlan plan, PlanProgress progress, List<CalendarOccurrence> blackouts,
                         int nonLocalPercent, int people, List<PlanNote> notes) {

    public PlanResult {
        blackouts = List.copyOf(blackouts);
        notes = List.copyOf(notes);
    }
}
