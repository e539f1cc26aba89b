package com.headpin.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.headpin.security.CurrentUser;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.security.Role;
import com.headpin.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Headpin's one visibility rule, reused by every module (the rule itself: {@link VisibilityScope}): ADMIN sees
 * everything; anyone sees what they own and their teams' records; a DIRECTOR also sees and manages what is placed
 * in the units they manage: by the record's team, else its region, else its owner. A record's participants (a
 * deal's team) see it too.
 */
@Service
@Transactional(readOnly = true)
public class Visibility {

    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    Visibility(OrganisationService organisation, CurrentUser currentUser) {
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    /**
     * The scope of whoever is logged in; {@link VisibilityScope#NOTHING} for an anonymous caller (open to all on
     * purpose: a query that forgot its own check then still shows nothing).
     */
    @PreAuthorize("permitAll()")
    public VisibilityScope current() {
        return currentUser.principal().map(this::scopeOf).orElse(VisibilityScope.NOTHING);
    }

    /** Those of {@code users} who may see a record placed so (one tree load for all of them). */
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> whoCanSee(List<UserSummary> users, @Nullable Long ownerId, @Nullable Long teamId,
                                       @Nullable Long regionId) {
        OrgTree tree = organisation.tree();
        return users.stream().filter(user -> scopeOf(user.id(), user.roles(), tree).canSee(ownerId, teamId, regionId))
                .toList();
    }

    /** As {@link #whoCanSee(List, Long, Long, Long)}, counting the record's participants in (a deal's team). */
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> whoCanSee(List<UserSummary> users, @Nullable Long ownerId, @Nullable Long teamId,
                                       @Nullable Long regionId, Collection<Long> participantIds) {
        OrgTree tree = organisation.tree();
        return users.stream().filter(user -> participantIds.contains(user.id())
                || scopeOf(user.id(), user.roles(), tree).canSee(ownerId, teamId, regionId)).toList();
    }

    /**
     * Those of {@code users} who manage a record placed so as DIRECTORs: its team's manager and the directors above
     * (administrators, who manage everything, only as far as they also direct a unit above it).
     */
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> whoManages(List<UserSummary> users, @Nullable Long ownerId, @Nullable Long teamId,
                                        @Nullable Long regionId) {
        OrgTree tree = organisation.tree();
        return users.stream().filter(user -> user.roles().contains(Role.DIRECTOR)
                && scopeOf(user.id(), Set.of(Role.DIRECTOR), tree).canManage(ownerId, teamId, regionId)).toList();
    }

    VisibilityScope scopeOf(HeadpinUserPrincipal user) {
        // An administrator's scope needs no organisation: spare the tree load on every check.
        return user.roles().contains(Role.ADMIN) ? VisibilityScope.ALL
                : scopeOf(user.userId(), user.roles(), organisation.tree());
    }

    static VisibilityScope scopeOf(long userId, Set<Role> roles, OrgTree tree) {
        if (roles.contains(Role.ADMIN)) {
            return VisibilityScope.ALL;
        }
        Set<Long> teams = new HashSet<>();
        Set<Long> homeRegions = new HashSet<>();
        tree.teamsOf(userId).forEach(team -> {
            teams.add(team.id());
            homeRegions.addAll(regionsOn(tree.path(team.id())));
        });
        Set<Long> managedTeams = new HashSet<>();
        Set<Long> managedRegions = new HashSet<>();
        Set<Long> managedPeople = new HashSet<>();
        // Managing a unit counts only with the DIRECTOR role (a rep named a team's manager sees as a rep).
        if (roles.contains(Role.DIRECTOR)) {
            tree.managedBy(userId).forEach(managed -> {
                homeRegions.addAll(regionsOn(tree.path(managed.id())));
                tree.subtree(managed.id()).forEach(unit -> {
                    managedPeople.addAll(unit.memberIds());
                    if (unit.managerId() != null) {
                        managedPeople.add(unit.managerId());
                    }
                    switch (unit.type()) {
                        case TEAM -> managedTeams.add(unit.id());
                        case REGION -> managedRegions.add(unit.id());
                        case COMPANY -> { }
                    }
                });
            });
        }
        return new VisibilityScope(false, Set.of(userId), teams, homeRegions, managedTeams, managedRegions,
                managedPeople);
    }

    private static List<Long> regionsOn(List<OrgUnitSummary> path) {
        return path.stream().filter(unit -> unit.type() == UnitType.REGION).map(OrgUnitSummary::id).toList();
    }
}
