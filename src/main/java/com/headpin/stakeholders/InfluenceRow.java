package com.headpin.stakeholders;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A buying influence as panels show it, as loaded at {@code version}: the contact's name and title, the roles on this
 * deal, influence, attitude and how sure we are, the organisational results they want, and their coverage.
 */
public record InfluenceRow(long id, long version, long dealId, long contactId, String contactName,
                           @Nullable String contactTitle, Set<InfluenceRole> roles, @Nullable InfluenceLevel influence,
                           @Nullable Attitude attitude, @Nullable Certainty certainty,
                           @Nullable String organisationalResults, Coverage coverage) {

    public InfluenceRow {
        roles = Set.copyOf(roles);
    }

    public boolean has(InfluenceRole role) {
        return roles.contains(role);
    }
}
