package com.headpin.deals;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One owner's deals in a period, grouped in the database ({@link DealFigures}): the pipeline (open and delayed deals
 * expected to close in the period; a delayed deal counts in the period of its new date) per stage and per forecast
 * category, weighted by each stage's current probability, and the deals won (signed) in the period.
 *
 * @param weightedAmount  the pipeline's amounts times their stages' probabilities
 * @param commitAmount    the pipeline the owner committed (forecast category commit)
 * @param bestCaseAmount  the pipeline in forecast category best case
 * @param wonAmount       the final amounts (else the amounts) of deals signed in the period
 */
public record OwnerFigures(long ownerId, long openCount, BigDecimal openAmount, BigDecimal weightedAmount,
                           BigDecimal commitAmount, BigDecimal bestCaseAmount, long wonCount, BigDecimal wonAmount,
                           Map<DealStage, Long> openCountByStage, Map<DealStage, BigDecimal> openAmountByStage) {

    public static OwnerFigures none(long ownerId) {
        return new OwnerFigures(ownerId, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, Map.of(), Map.of());
    }

    public OwnerFigures {
        openCountByStage = Map.copyOf(openCountByStage);
        openAmountByStage = Map.copyOf(openAmountByStage);
    }
}
