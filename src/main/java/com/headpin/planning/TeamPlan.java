package com.headpin.planning;

import java.util.List;

/** A team's plan for a year: the plan for all its reps together, and each rep's line. */
public record TeamPlan(PlanTeam team, PlanResult result, List<TeamMemberLine> members) {

    public TeamPlan {
        members = List.copyOf(members);
    }
}
