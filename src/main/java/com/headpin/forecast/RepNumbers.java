package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.Map;

import com.headpin.deals.DealStage;
import org.jspecify.annotations.Nullable;

/**
 * One rep's four numbers for a period, with what they are made of: the rep's call and note, a manager's adjustment
 * and note, and the open pipeline per stage (deals expected to close in the period).
 *
 * @param call                 the rep's own forecast, null when the rep made none (the system's figure stands)
 * @param forecastAdjustment   a manager's forecast for the rep, null when not adjusted
 * @param commitmentAdjustment a manager's commitment for the rep, null when not adjusted
 * @param adjustedBy           the manager who adjusted last, null when nobody did
 */
public record RepNumbers(long repId, String name, FourNumbers numbers, @Nullable BigDecimal call,
                         @Nullable String callNote, @Nullable BigDecimal forecastAdjustment,
                         @Nullable BigDecimal commitmentAdjustment, @Nullable String adjustmentNote,
                         @Nullable Long adjustedBy, long openDeals, long wonDeals,
                         Map<DealStage, Long> openCountByStage, Map<DealStage, BigDecimal> openAmountByStage) {

    public RepNumbers {
        openCountByStage = Map.copyOf(openCountByStage);
        openAmountByStage = Map.copyOf(openAmountByStage);
    }
}
