package com.headpin.resources;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Utilisation month by month: of one person ({@code person} named) or of a whole type ({@code person} null), as
 * assigned days, capacity days and percent.
 */
public record UtilisationRow(@Nullable String person, ResourceType type, List<BigDecimal> assigned,
                             List<BigDecimal> capacity) {

    public UtilisationRow {
        assigned = List.copyOf(assigned);
        capacity = List.copyOf(capacity);
    }

    public int percent(int month) {
        return com.headpin.resources.internal.CapacityMath.percent(assigned.get(month), capacity.get(month));
    }
}
