package com.headpin.planning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A rep's plan for a year as the planner page shows it: the plan, the real funnel against it, the blackouts it was
 * scheduled around, the share of the rep's customers outside the rep's city, and every note (the planner's and the
 * service's).
 */
public record RepPlan(long repId, String repName, @Nullable String repCity, SalesPlan plan, PlanProgress progress,
                      List<CalendarOccurrence> blackouts, int nonLocalPercent, List<PlanNote> notes) {

    public RepPlan {
        blackouts = List.copyOf(blackouts);
        notes = List.copyOf(notes);
    }
}
