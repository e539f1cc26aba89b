package com.headpin.forecast;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a unit's forecast meeting: the reps on its teams and the managers above them (the unit's own
 * managers up the tree and those of the units below), and administrators; a resource sells nothing and is not one.
 * A meeting is opened (and ended) by a director who manages the unit or a unit above it, or an administrator.
 */
@Component
class MeetingAccess {

    private final CurrentUser currentUser;

    MeetingAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean mayAttend(OrgTree tree, long unitId) {
        if (currentUser.has(Role.ADMIN)) {
            return true;
        }
        if (!currentUser.hasAny(Role.REP, Role.DIRECTOR) || tree.unit(unitId).isEmpty()) {
            return false;
        }
        long me = currentUser.requireId();
        return RollUp.repsUnder(tree, unitId).contains(me) || managers(tree, unitId).contains(me);
    }

    boolean mayOpen(OrgTree tree, long unitId) {
        if (currentUser.has(Role.ADMIN)) {
            return true;
        }
        long me = currentUser.requireId();
        return currentUser.has(Role.DIRECTOR)
                && tree.path(unitId).stream().anyMatch(unit -> Objects.equals(unit.managerId(), me));
    }

    /** Whether the caller is one of the unit's sellers, who make a forecast call of their own. */
    boolean isRepOf(OrgTree tree, long unitId) {
        return currentUser.hasAny(Role.REP, Role.DIRECTOR)
                && RollUp.repsUnder(tree, unitId).contains(currentUser.requireId());
    }

    /** Everyone who takes part, administrators aside: the reps and their managers. */
    static Set<Long> participants(OrgTree tree, long unitId) {
        Set<Long> people = new LinkedHashSet<>(RollUp.repsUnder(tree, unitId));
        people.addAll(managers(tree, unitId));
        return people;
    }

    private static Set<Long> managers(OrgTree tree, long unitId) {
        Set<Long> managers = new LinkedHashSet<>();
        tree.path(unitId).stream().map(OrgUnitSummary::managerId).filter(Objects::nonNull).forEach(managers::add);
        tree.subtree(unitId).stream().map(OrgUnitSummary::managerId).filter(Objects::nonNull).forEach(managers::add);
        return managers;
    }
}
