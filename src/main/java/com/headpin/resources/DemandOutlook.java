package com.headpin.resources;

import java.time.YearMonth;
import java.util.List;

/** Demand against capacity per type over {@code months}. */
public record DemandOutlook(List<YearMonth> months, List<DemandLine> lines) {

    public DemandOutlook {
        months = List.copyOf(months);
        lines = List.copyOf(lines);
    }
}
