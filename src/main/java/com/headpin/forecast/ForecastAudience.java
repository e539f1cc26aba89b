package com.headpin.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.UnitType;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.security.UserSummary;

/**
 * Whose numbers the caller sees: an administrator everyone's; a director the units they manage and everything
 * below, with a row per rep there; a rep (or director) on a team their own row and the team's totals; a resource
 * none.
 *
 * @param units     the units shown, in tree order, with their depth below the top unit shown
 * @param rowRepIds the reps shown as rows
 * @param managed   the reps whose quota and adjustments the caller may change (the managers above them)
 */
record ForecastAudience(Map<OrgUnitSummary, Integer> units, Set<Long> rowRepIds, Set<Long> managed) {

    /** The roles that sell: only they carry a quota and make a call; a resource (consultant) on a team does not. */
    private static final Role[] SELLERS = {Role.REP, Role.DIRECTOR};

    /** Whether the person carries a quota: the one rule for the quotas page, distributions and calls. */
    static boolean carriesQuota(UserSummary user) {
        return Arrays.stream(SELLERS).anyMatch(user::has);
    }

    /** Whether the caller carries a quota (sells). */
    static boolean carriesQuota(CurrentUser currentUser) {
        return currentUser.hasAny(SELLERS);
    }

    /** Of these people, those who carry a quota. */
    static Set<Long> quotaCarriers(Collection<UserSummary> people) {
        return people.stream().filter(ForecastAudience::carriesQuota).map(UserSummary::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static ForecastAudience of(CurrentUser currentUser, OrgTree tree) {
        long me = currentUser.requireId();
        Map<OrgUnitSummary, Integer> units = new LinkedHashMap<>();
        Set<Long> rows = new LinkedHashSet<>();
        Set<Long> managed = new LinkedHashSet<>();
        List<OrgUnitSummary> tops = new ArrayList<>();
        if (currentUser.has(Role.ADMIN)) {
            tops.addAll(tree.roots());
        } else if (currentUser.has(Role.DIRECTOR)) {
            // The highest managed units only: a region's director who also runs one of its teams sees it once.
            List<OrgUnitSummary> mine = tree.managedBy(me);
            mine.stream().filter(unit -> tree.path(unit.id()).stream()
                            .noneMatch(above -> above.id() != unit.id() && mine.contains(above)))
                    .forEach(tops::add);
        }
        tops.sort(Comparator.comparing(OrgUnitSummary::name));
        for (OrgUnitSummary top : tops) {
            addSubtree(tree, top, 0, units);
            Set<Long> reps = RollUp.repsUnder(tree, top.id());
            rows.addAll(reps);
            managed.addAll(reps);
        }
        // Sellers see their own row and their teams' totals; a consultant on a team sells nothing and sees none.
        if (carriesQuota(currentUser)) {
            for (OrgUnitSummary team : tree.teamsOf(me)) {
                units.putIfAbsent(team, 0);
                rows.add(me);
            }
        }
        managed.remove(me);
        if (currentUser.has(Role.ADMIN)) {
            managed.addAll(rows);
        }
        return new ForecastAudience(units, rows, managed);
    }

    /**
     * A forecast meeting's audience: the unit and everything below it, a row per rep there, changing nothing (the
     * meeting decides who takes part).
     */
    static ForecastAudience ofUnit(OrgTree tree, long unitId) {
        Map<OrgUnitSummary, Integer> units = new LinkedHashMap<>();
        tree.unit(unitId).ifPresent(unit -> addSubtree(tree, unit, 0, units));
        return new ForecastAudience(units, new LinkedHashSet<>(RollUp.repsUnder(tree, unitId)), Set.of());
    }

    private static void addSubtree(OrgTree tree, OrgUnitSummary unit, int depth, Map<OrgUnitSummary, Integer> units) {
        if (units.putIfAbsent(unit, depth) != null) {
            return;
        }
        tree.children(unit.id()).stream()
                .sorted(Comparator.comparing((OrgUnitSummary u) -> u.type() == UnitType.TEAM)
                        .thenComparing(OrgUnitSummary::name))
                .forEach(child -> addSubtree(tree, child, depth + 1, units));
    }

    /** Every rep whose numbers a shown unit adds up, besides the rows. */
    Set<Long> allReps(OrgTree tree) {
        Set<Long> all = new LinkedHashSet<>(rowRepIds);
        units.keySet().forEach(unit -> all.addAll(RollUp.repsUnder(tree, unit.id())));
        return all;
    }
}
