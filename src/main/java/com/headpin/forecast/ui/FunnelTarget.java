package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import org.jspecify.annotations.Nullable;

/**
 * Planning backwards (domain notes, section 2): the deals still needed to reach the quota, at the average size of the
 * deals in the period, times each stage's conversion ratio (9-6-5-5-3-1 unless the company set others) give how many
 * deals each stage should hold now.
 *
 * @param averageDeal the average amount of the period's open and won deals, null without any
 * @param dealsNeeded deals still to sign to reach the quota (0 when reached or without quota or average)
 */
record FunnelTarget(@Nullable BigDecimal averageDeal, long dealsNeeded, Map<DealStage, Long> byStage) {

    static FunnelTarget of(@Nullable BigDecimal quota, BigDecimal achievement, long openCount, BigDecimal openAmount,
                           long wonCount, SalesProcess process) {
        long deals = openCount + wonCount;
        BigDecimal average = deals == 0 ? null
                : openAmount.add(achievement).divide(BigDecimal.valueOf(deals), 2, RoundingMode.HALF_UP);
        long needed = 0;
        if (quota != null && average != null && average.signum() > 0 && quota.compareTo(achievement) > 0) {
            needed = quota.subtract(achievement).divide(average, 0, RoundingMode.CEILING).longValueExact();
        }
        Map<DealStage, Long> byStage = new EnumMap<>(DealStage.class);
        for (DealStage stage : DealStage.values()) {
            byStage.put(stage, needed * Math.max(1, process.stage(stage).conversion()));
        }
        return new FunnelTarget(average, needed, byStage);
    }
}
