package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The commitment at the first snapshot, the deals that moved it, step by step, and the commitment at the second:
 * {@code start + Σ total(step) = end} exactly. {@code unchanged} are the deals in both commitments with the same
 * amount (in no step).
 */
public record Waterfall(BigDecimal start, BigDecimal end, Map<MovementStep, List<DealMove>> steps,
                        List<DealMove> unchanged) {

    public Waterfall {
        Map<MovementStep, List<DealMove>> copy = new EnumMap<>(MovementStep.class);
        for (MovementStep step : MovementStep.values()) {
            copy.put(step, List.copyOf(steps.getOrDefault(step, List.of())));
        }
        steps = Map.copyOf(copy);
        unchanged = List.copyOf(unchanged);
    }

    public List<DealMove> deals(MovementStep step) {
        return steps.get(step);
    }

    /** The step's effect on the commitment (negative for slipped, down and lost; won may be either). */
    public BigDecimal total(MovementStep step) {
        return deals(step).stream().map(DealMove::change).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
