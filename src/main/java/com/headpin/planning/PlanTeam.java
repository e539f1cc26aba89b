package com.headpin.planning;

import java.util.List;

import com.headpin.organisation.UnitType;
import com.headpin.security.UserSummary;

/**
 * A unit of the organisation (a team, a region, the company) a director plans for as one: the reps on its teams
 * whom the caller plans for, by name.
 */
public record PlanTeam(long unitId, String name, UnitType type, List<UserSummary> reps) {

    public PlanTeam {
        reps = List.copyOf(reps);
    }
}
