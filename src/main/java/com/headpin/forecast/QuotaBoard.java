package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.headpin.organisation.UnitType;
import org.jspecify.annotations.Nullable;

/**
 * The quotas of one fiscal year as the caller may see them: units in tree order (top-down quota if a director set
 * one, the roll-up of their reps' quotas and the gap) and rep rows, each with what the caller may change.
 */
public record QuotaBoard(int fiscalYear, List<Unit> units, List<Rep> reps) {

    public QuotaBoard {
        units = List.copyOf(units);
        reps = List.copyOf(reps);
    }

    /**
     * A unit's line.
     *
     * @param topDown  the director's quota for the unit itself, null when none was set
     * @param rollUp   the sum of the yearly quotas of the distinct reps on the teams below
     * @param gap      top-down minus roll-up, null without a top-down quota
     * @param maySet   whether the caller may set the unit's top-down quota and distribute it
     */
    public record Unit(long unitId, String name, UnitType type, @Nullable Long parentId, int depth,
                       @Nullable QuotaFigures topDown, BigDecimal rollUp, @Nullable BigDecimal gap, boolean maySet) {
    }

    /** A rep's line; {@code quota} is null while nobody set one. {@code teamIds}: the shown teams they are on. */
    public record Rep(long repId, String name, Set<Long> teamIds, @Nullable QuotaFigures quota, boolean mayEdit) {

        public Rep {
            teamIds = Set.copyOf(teamIds);
        }

        public BigDecimal yearly() {
            return quota == null ? BigDecimal.ZERO : quota.yearly();
        }
    }

    public Optional<Unit> unit(long unitId) {
        return units.stream().filter(unit -> unit.unitId() == unitId).findFirst();
    }

    public Optional<Rep> rep(long repId) {
        return reps.stream().filter(rep -> rep.repId() == repId).findFirst();
    }
}
