package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One stored quota (a rep's or a unit's top-down one) for a fiscal year: the year, its twelve fiscal months and how
 * they were split, with what a save needs (id for its history, version).
 */
public record QuotaFigures(long quotaId, long version, BigDecimal yearly, List<BigDecimal> months, QuotaSplit split,
                           @Nullable Long updatedBy) {

    public QuotaFigures {
        months = List.copyOf(months);
    }

    /** The four fiscal quarters' sums. */
    public List<BigDecimal> quarters() {
        List<BigDecimal> quarters = new ArrayList<>(4);
        for (int q = 0; q < 4; q++) {
            quarters.add(months.get(q * 3).add(months.get(q * 3 + 1)).add(months.get(q * 3 + 2)));
        }
        return quarters;
    }
}
