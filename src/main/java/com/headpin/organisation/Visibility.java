package com.headpin.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.headpin.security.CurrentUser;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.security.Role;
import com.headpin.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Headpin's one visibility rule, reused by every module:
 * <ul>
 * <li>ADMIN sees everything;</li>
 * <li>anyone sees the records they own and the records of the teams they are on;</li>
 * <li>a DIRECTOR also sees everything owned inside the units they manage and all units below them.</li>
 * </ul>
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

    /** The scope of whoever is logged in; nothing for an anonymous caller. */
    public VisibilityScope current() {
        return currentUser.principal().map(this::scopeOf).orElse(VisibilityScope.NOTHING);
    }

    /** Those of {@code users} who may see a record with this owner and team (one tree load for all of them). */
    public List<UserSummary> whoCanSee(List<UserSummary> users, @Nullable Long ownerId, @Nullable Long teamId) {
        OrgTree tree = organisation.tree();
        return users.stream().filter(user -> scopeOf(user.id(), user.roles(), tree).canSee(ownerId, teamId)).toList();
    }

    VisibilityScope scopeOf(HeadpinUserPrincipal user) {
        return scopeOf(user.userId(), user.roles(), organisation.tree());
    }

    static VisibilityScope scopeOf(long userId, Set<Role> roles, OrgTree tree) {
        if (roles.contains(Role.ADMIN)) {
            return new VisibilityScope(true, Set.of(), Set.of());
        }
        Set<Long> owners = new HashSet<>(Set.of(userId));
        Set<Long> teams = new HashSet<>();
        tree.teamsOf(userId).forEach(team -> teams.add(team.id()));
        if (roles.contains(Role.DIRECTOR)) {
            tree.managedBy(userId).forEach(managed -> tree.subtree(managed.id()).forEach(unit -> {
                owners.addAll(unit.memberIds());
                if (unit.managerId() != null) {
                    owners.add(unit.managerId());
                }
                if (unit.type() == UnitType.TEAM) {
                    teams.add(unit.id());
                }
            }));
        }
        return new VisibilityScope(false, owners, teams);
    }
}
