package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.headpin.deals.DealStage;
import com.headpin.organisation.UnitType;
import org.jspecify.annotations.Nullable;

/**
 * A team's, region's or the company's four numbers: the sum over the distinct reps on its teams (a rep on two teams
 * counts once in a region). The quota in {@code numbers} is that roll-up; a director's top-down quota for the unit is
 * shown beside it with the gap.
 *
 * @param depth        0 for the top unit shown, 1 below it, …
 * @param topDownQuota the quota a director set for the unit itself, null when none was set (or for a week)
 * @param quotaGap     top-down minus roll-up, null without a top-down quota
 */
public record UnitNumbers(long unitId, String name, UnitType type, @Nullable Long parentId, int depth,
                          Set<Long> repIds, FourNumbers numbers, @Nullable BigDecimal topDownQuota,
                          @Nullable BigDecimal quotaGap, long openDeals, long wonDeals,
                          Map<DealStage, Long> openCountByStage, Map<DealStage, BigDecimal> openAmountByStage) {

    public UnitNumbers {
        repIds = Set.copyOf(repIds);
        openCountByStage = Map.copyOf(openCountByStage);
        openAmountByStage = Map.copyOf(openAmountByStage);
    }
}
