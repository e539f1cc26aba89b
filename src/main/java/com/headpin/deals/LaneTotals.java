package com.headpin.deals;

import java.math.BigDecimal;

/**
 * A board lane's header: how many deals, their amount and weighted amount (open lanes at the stage's probability,
 * won at the final amount, lost and delayed at nothing).
 */
public record LaneTotals(DealLane lane, long count, BigDecimal amount, BigDecimal weightedAmount) {

    public static LaneTotals empty(DealLane lane) {
        return new LaneTotals(lane, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
