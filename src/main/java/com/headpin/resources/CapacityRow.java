package com.headpin.resources;

import java.util.List;

/** A person of the pool and their weeks. */
public record CapacityRow(ResourceSummary resource, List<WeekLoad> weeks) {

    public CapacityRow {
        weeks = List.copyOf(weeks);
    }
}
