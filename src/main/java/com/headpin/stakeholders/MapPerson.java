package com.headpin.stakeholders;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A contact of the account on the relationship map: who they report to, their part in the deal shown (roles,
 * influence, attitude; empty and null when they are no buying influence of it) and who covers them on our side, with
 * the two coverage gaps the map marks.
 *
 * @param influence      whether they are a buying influence of the deal shown
 * @param nobodyOnOurSide no relationship owner and nobody who ever met them
 * @param noRecentContact nobody met them in the last {@link Coverage#gapDays()} days (or ever)
 */
public record MapPerson(long contactId, String name, @Nullable String title, @Nullable Long reportsToId,
                        boolean influence, Set<InfluenceRole> roles, @Nullable InfluenceLevel level,
                        @Nullable Attitude attitude, Coverage coverage, boolean nobodyOnOurSide,
                        boolean noRecentContact) {

    public MapPerson {
        roles = Set.copyOf(roles);
    }

    public boolean hasGap() {
        return nobodyOnOurSide || noRecentContact;
    }
}
