package com.headpin.forecast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.headpin.organisation.UnitType;
import org.jspecify.annotations.Nullable;

/**
 * One line of the forecast table as it is shown and exported: a unit's totals or a rep's numbers, in tree order
 * (company, regions, teams, each team's reps by name). A rep on two teams shown has a line under each.
 *
 * @param key       stable while the line stands for the same unit or rep under the same team
 * @param parentKey the line above it in the tree, null for a top line
 */
public record ForecastLine(String key, @Nullable String parentKey, int depth, @Nullable UnitNumbers unit,
                           @Nullable RepNumbers rep) {

    public FourNumbers numbers() {
        return unit != null ? unit.numbers() : java.util.Objects.requireNonNull(rep).numbers();
    }

    public String name() {
        return unit != null ? unit.name() : java.util.Objects.requireNonNull(rep).name();
    }

    /** The table's lines in tree order; reps not on a shown team come last, at the top level. */
    public static List<ForecastLine> of(ForecastTable table) {
        List<ForecastLine> lines = new ArrayList<>();
        Set<Long> shownUnits = new HashSet<>();
        table.units().forEach(unit -> shownUnits.add(unit.unitId()));
        Set<Long> placed = new HashSet<>();
        for (UnitNumbers unit : table.units()) {
            String parent = unit.parentId() != null && shownUnits.contains(unit.parentId())
                    ? "u" + unit.parentId() : null;
            lines.add(new ForecastLine("u" + unit.unitId(), parent, unit.depth(), unit, null));
            if (unit.type() == UnitType.TEAM) {
                for (RepNumbers rep : table.reps()) {
                    if (unit.repIds().contains(rep.repId())) {
                        lines.add(new ForecastLine("r" + rep.repId() + "@" + unit.unitId(), "u" + unit.unitId(),
                                unit.depth() + 1, null, rep));
                        placed.add(rep.repId());
                    }
                }
            }
        }
        table.reps().stream().filter(rep -> !placed.contains(rep.repId()))
                .forEach(rep -> lines.add(new ForecastLine("r" + rep.repId(), null, 0, null, rep)));
        return lines;
    }
}
