package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.headpin.deals.DealStage;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.UnitType;
import org.jspecify.annotations.Nullable;

/**
 * Adds reps' numbers up to a unit: the sum over the distinct reps on the teams below it, raw and adjusted kept apart
 * (each is the sum of the reps' raw, respectively adjusted, figures). Pure, so property tests can drive it.
 */
final class RollUp {

    private RollUp() {
    }

    /** The people on the teams in the unit's subtree (a team: its members). */
    static Set<Long> repsUnder(OrgTree tree, long unitId) {
        Set<Long> reps = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(java.util.List.of(unitId));
        Set<Long> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            tree.unit(id).filter(unit -> unit.type() == UnitType.TEAM).ifPresent(team -> reps.addAll(team.memberIds()));
            tree.children(id).forEach(child -> todo.push(child.id()));
        }
        return reps;
    }

    /** The unit's numbers from those of its reps (missing reps count as nothing). */
    static UnitNumbers unit(OrgUnitSummary unit, int depth, Collection<Long> repIds, Map<Long, RepNumbers> reps,
                            @Nullable BigDecimal topDownQuota, boolean hasQuota) {
        FourNumbers sum = FourNumbers.zero(hasQuota);
        long open = 0;
        long won = 0;
        Map<DealStage, Long> counts = new EnumMap<>(DealStage.class);
        Map<DealStage, BigDecimal> amounts = new EnumMap<>(DealStage.class);
        Set<Long> present = new LinkedHashSet<>();
        for (long repId : new LinkedHashSet<>(repIds)) {
            RepNumbers rep = reps.get(repId);
            if (rep == null) {
                continue;
            }
            present.add(repId);
            sum = sum.plus(rep.numbers());
            open += rep.openDeals();
            won += rep.wonDeals();
            rep.openCountByStage().forEach((stage, count) -> counts.merge(stage, count, Long::sum));
            rep.openAmountByStage().forEach((stage, amount) -> amounts.merge(stage, amount, BigDecimal::add));
        }
        BigDecimal topDown = hasQuota ? topDownQuota : null;
        BigDecimal gap = topDown == null || sum.quota() == null ? null : topDown.subtract(sum.quota());
        return new UnitNumbers(unit.id(), unit.name(), unit.type(), unit.parentId(), depth, present, sum, topDown, gap,
                open, won, counts, amounts);
    }
}
