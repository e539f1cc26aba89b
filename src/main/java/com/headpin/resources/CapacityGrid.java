package com.headpin.resources;

import java.time.LocalDate;
import java.util.List;

/** The people × weeks grid of the assignment board: the weeks by their Monday, one row per active person. */
public record CapacityGrid(List<LocalDate> weeks, List<CapacityRow> rows) {

    public CapacityGrid {
        weeks = List.copyOf(weeks);
        rows = List.copyOf(rows);
    }
}
