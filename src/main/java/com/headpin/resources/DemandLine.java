package com.headpin.resources;

import java.math.BigDecimal;
import java.util.List;

/** One type's expected demand and capacity in days, month by month (the outlook's months). */
public record DemandLine(ResourceType type, List<BigDecimal> demand, List<BigDecimal> capacity) {

    public DemandLine {
        demand = List.copyOf(demand);
        capacity = List.copyOf(capacity);
    }

    /** Whether some month needs more than the type's people have. */
    public boolean isShort() {
        for (int i = 0; i < demand.size(); i++) {
            if (demand.get(i).compareTo(capacity.get(i)) > 0) {
                return true;
            }
        }
        return false;
    }
}
