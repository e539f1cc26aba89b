package com.headpin.organisation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one user may see: everything, or the records owned by {@code ownerIds} plus the records of {@code teamIds}.
 * Repositories filter with it in their queries ({@code :all = true or owner_id in :owners or team_id in :teams});
 * services check single records with {@link #canSee}.
 */
public record VisibilityScope(boolean all, Set<Long> ownerIds, Set<Long> teamIds) {

    public static final VisibilityScope NOTHING = new VisibilityScope(false, Set.of(), Set.of());

    public VisibilityScope {
        ownerIds = Set.copyOf(ownerIds);
        teamIds = Set.copyOf(teamIds);
    }

    public boolean canSee(@Nullable Long ownerId, @Nullable Long teamId) {
        return all || (ownerId != null && ownerIds.contains(ownerId)) || (teamId != null && teamIds.contains(teamId));
    }

    /** For JPQL {@code in} clauses, which must not be empty on every database: -1 matches no row. */
    public Set<Long> ownerIdsForQuery() {
        return ownerIds.isEmpty() ? Set.of(-1L) : ownerIds;
    }

    public Set<Long> teamIdsForQuery() {
        return teamIds.isEmpty() ? Set.of(-1L) : teamIds;
    }
}
