package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The movement of a scope's commitment for {@code period} between two weekly snapshots, as the caller may see it.
 * Totals cover everyone in the scope; each step's deal list holds only the deals the caller may open, the others are
 * counted in {@code hiddenDeals} (a rep looking at the team's movement sees the team's totals). {@code repNames}: the
 * owners of the deals listed.
 */
public record Movement(Period period, SnapshotSummary from, SnapshotSummary to, MovementScope scope,
                       BigDecimal start, BigDecimal end, Map<MovementStep, BigDecimal> totals,
                       Map<MovementStep, List<DealMove>> deals, Map<MovementStep, Integer> hiddenDeals,
                       Map<Long, String> repNames) {

    public Movement {
        totals = Map.copyOf(totals);
        deals = Map.copyOf(deals);
        hiddenDeals = Map.copyOf(hiddenDeals);
        repNames = Map.copyOf(repNames);
    }

    /** The name of a deal's owner (the owner when the later snapshot was taken). */
    public String repName(long repId) {
        return repNames.getOrDefault(repId, "");
    }

    public BigDecimal total(MovementStep step) {
        return totals.getOrDefault(step, BigDecimal.ZERO);
    }

    public List<DealMove> deals(MovementStep step) {
        return deals.getOrDefault(step, List.of());
    }

    public int hidden(MovementStep step) {
        return hiddenDeals.getOrDefault(step, 0);
    }
}
