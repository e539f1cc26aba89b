package com.headpin.forecast;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The four numbers of one period as the caller may see them: rep rows (a rep: only their own; a director: the reps
 * of the units they manage; an administrator: everyone on a team) and unit totals in tree order (a rep: their
 * teams'). {@code managedRepIds} are the reps whose quota and adjustments the caller may change.
 */
public record ForecastTable(Period period, List<RepNumbers> reps, List<UnitNumbers> units, Set<Long> managedRepIds) {

    public ForecastTable {
        reps = List.copyOf(reps);
        units = List.copyOf(units);
        managedRepIds = Set.copyOf(managedRepIds);
    }

    public Optional<RepNumbers> rep(long repId) {
        return reps.stream().filter(rep -> rep.repId() == repId).findFirst();
    }

    public Optional<UnitNumbers> unit(long unitId) {
        return units.stream().filter(unit -> unit.unitId() == unitId).findFirst();
    }
}
