package com.headpin.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What one user may see and manage of the records placed in the organisation by owner, team and region (accounts
 * and what hangs on them). The record's most specific place decides:
 * <ul>
 * <li>everyone sees what they own ({@code ownerIds}: themselves) and the records of the teams they are on;</li>
 * <li>a director manages, and so sees, the records whose team lies in a unit they manage ({@code managedTeamIds});
 * a record without a team by its region ({@code managedRegionIds}); a record with neither by its owner, if the
 * owner is a member or manager of a unit they manage ({@code managedPeopleIds});</li>
 * <li>ADMIN sees and manages everything ({@code all}).</li>
 * <li>a record's participants (a deal's team members; later the people assigned to it) see it wherever it is
 * placed, but manage it only if they would anyway ({@link #canSee(Long, Long, Long, Collection)}).</li>
 * </ul>
 * So a director of one region never sees a record placed in another region's team, whoever owns it.
 * {@code homeRegionIds} (the regions above one's teams and managed units) only widen what one may choose as a
 * record's region. Repositories filter in their queries with the same rule, built by {@link #predicate}; services
 * check single records with {@link #canSee} and {@link #canManage}.
 */
public record VisibilityScope(boolean all, Set<Long> ownerIds, Set<Long> teamIds, Set<Long> homeRegionIds,
                              Set<Long> managedTeamIds, Set<Long> managedRegionIds, Set<Long> managedPeopleIds) {

    public static final VisibilityScope NOTHING = new VisibilityScope(false, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of());
    public static final VisibilityScope ALL = new VisibilityScope(true, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of());

    public VisibilityScope {
        ownerIds = Set.copyOf(ownerIds);
        teamIds = Set.copyOf(teamIds);
        homeRegionIds = Set.copyOf(homeRegionIds);
        managedTeamIds = Set.copyOf(managedTeamIds);
        managedRegionIds = Set.copyOf(managedRegionIds);
        managedPeopleIds = Set.copyOf(managedPeopleIds);
    }

    /** Whether a record owned by {@code ownerId} and placed in {@code teamId} and {@code regionId} is visible. */
    public boolean canSee(@Nullable Long ownerId, @Nullable Long teamId, @Nullable Long regionId) {
        return all || (ownerId != null && ownerIds.contains(ownerId)) || (teamId != null && teamIds.contains(teamId))
                || canManage(ownerId, teamId, regionId);
    }

    /**
     * As {@link #canSee(Long, Long, Long)}, and also when the user is one of the record's participants (people with a
     * role on it, such as a deal's team): they open it from wherever it is placed.
     */
    public boolean canSee(@Nullable Long ownerId, @Nullable Long teamId, @Nullable Long regionId,
                          Collection<Long> participantIds) {
        return canSee(ownerId, teamId, regionId) || isAmong(participantIds);
    }

    /** Whether the user is one of these people (a record's participants). */
    public boolean isAmong(Collection<Long> userIds) {
        return userIds.stream().anyMatch(ownerIds::contains);
    }

    /**
     * {@link #canSee(Long, Long, Long)} as a query predicate on a record's owner, team and region columns: by owner,
     * else team, else region, else the owner's place. Filtering happens in the database.
     */
    public Predicate predicate(CriteriaBuilder cb, Expression<Long> ownerId, Expression<Long> teamId,
                               Expression<Long> regionId) {
        return all ? cb.conjunction() : cb.or(
                ownerId.in(ownerIdsForQuery()),
                teamId.in(visibleTeamIdsForQuery()),
                cb.and(cb.isNull(teamId), regionId.in(managedRegionIdsForQuery())),
                cb.and(cb.isNull(teamId), cb.isNull(regionId), ownerId.in(managedPeopleIdsForQuery())));
    }

    /**
     * {@link #canSee(Long, Long, Long, Collection)} as a query predicate: {@code participantAmong} builds "one of
     * the record's participants is among these users" (e.g. an {@code exists} on the deal's team table).
     */
    public Predicate predicate(CriteriaBuilder cb, Expression<Long> ownerId, Expression<Long> teamId,
                               Expression<Long> regionId, Function<Set<Long>, Predicate> participantAmong) {
        return all ? cb.conjunction()
                : cb.or(predicate(cb, ownerId, teamId, regionId), participantAmong.apply(ownerIdsForQuery()));
    }

    /** Whether the user is among the managers above the record (its team's, its region's, or admin). */
    public boolean canManage(@Nullable Long ownerId, @Nullable Long teamId, @Nullable Long regionId) {
        if (all) {
            return true;
        }
        if (teamId != null) {
            return managedTeamIds.contains(teamId);
        }
        if (regionId != null) {
            return managedRegionIds.contains(regionId);
        }
        return ownerId != null && managedPeopleIds.contains(ownerId);
    }

    /** Whether the user may make {@code userId} a record's owner: themselves, or (directors) people they manage. */
    public boolean mayAssignOwner(long userId) {
        return all || ownerIds.contains(userId) || managedPeopleIds.contains(userId);
    }

    /** Whether the user may place a record in this team: one they are on or manage. */
    public boolean mayAssignTeam(long teamId) {
        return all || teamIds.contains(teamId) || managedTeamIds.contains(teamId);
    }

    /** Whether the user may place a record in this region: one above their teams, or one they manage. */
    public boolean mayAssignRegion(long regionId) {
        return all || homeRegionIds.contains(regionId) || managedRegionIds.contains(regionId);
    }

    // For JPQL "in" clauses, which must not be empty on every database: -1 matches no row.

    public Set<Long> ownerIdsForQuery() {
        return orNone(ownerIds);
    }

    /** The teams whose records are visible: those one is on and those one manages. */
    public Set<Long> visibleTeamIdsForQuery() {
        Set<Long> teams = new HashSet<>(teamIds);
        teams.addAll(managedTeamIds);
        return orNone(teams);
    }

    public Set<Long> managedRegionIdsForQuery() {
        return orNone(managedRegionIds);
    }

    public Set<Long> managedPeopleIdsForQuery() {
        return orNone(managedPeopleIds);
    }

    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
