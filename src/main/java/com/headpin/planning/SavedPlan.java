package com.headpin.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A rep's saved plan for a year as screens show it: the planner's inputs, where it stands, who submitted and who
 * approved it and when (dates in the company's time zone), and the director's reason when it was returned.
 */
public record SavedPlan(long id, long version, long repId, String repName, PlanRequest request, SalesPlanStatus status,
                        @Nullable String submittedByName, @Nullable LocalDate submittedOn,
                        @Nullable String approvedByName, @Nullable LocalDate approvedOn,
                        @Nullable String returnReason) {

    /** The longest reason a director may give for returning a plan. */
    public static final int REASON_MAX_LENGTH = 2000;
}
