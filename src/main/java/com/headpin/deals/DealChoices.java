package com.headpin.deals;

import java.util.Set;

/**
 * What the caller may do with a deal ({@code mayEdit}: its fields, stage and outcome; {@code mayPlace}: owner, team
 * and region; {@code mayOverride}: move it past missing exit criteria, with a reason) and whom and where the form may
 * offer as owner, team and region.
 */
public record DealChoices(boolean mayEdit, boolean mayPlace, boolean mayOverride, Set<Long> ownerIds,
                          Set<Long> teamIds, Set<Long> regionIds) {

    public DealChoices {
        ownerIds = Set.copyOf(ownerIds);
        teamIds = Set.copyOf(teamIds);
        regionIds = Set.copyOf(regionIds);
    }
}
