package com.headpin.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A submitted sales plan on its director's home view: whose, which year, submitted when. */
public record PlanAwaitingApproval(long planId, long repId, String repName, int planYear,
                                   @Nullable LocalDate submittedOn) {

    /** The planner showing this plan. */
    public String link() {
        return SavedPlanService.link(repId, planYear);
    }
}
