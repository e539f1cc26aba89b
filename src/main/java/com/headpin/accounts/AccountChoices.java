package com.headpin.accounts;

import java.util.Set;

/**
 * What the caller may do with one account (or a new one): change its data at all ({@code mayEdit}: the profile, and
 * as ContactService and ScorecardService allow, its contacts and scores; not for RESOURCE), and choose its owner,
 * team and region ({@code mayPlace}: for a new account its creator, afterwards the managers above it) among these
 * ids. The account page offers only these; the services refuse the rest anyway. {@code funnelFollowsDeals}: the
 * account has deals, which decide its funnel position (shown, not chosen).
 */
public record AccountChoices(boolean mayEdit, boolean mayPlace, Set<Long> ownerIds, Set<Long> teamIds,
                             Set<Long> regionIds, boolean funnelFollowsDeals) {

    public AccountChoices {
        ownerIds = Set.copyOf(ownerIds);
        teamIds = Set.copyOf(teamIds);
        regionIds = Set.copyOf(regionIds);
    }
}
