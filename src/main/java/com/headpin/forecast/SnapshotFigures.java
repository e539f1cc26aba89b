package com.headpin.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealState;
import com.headpin.deals.ForecastCategory;
import com.headpin.deals.OwnerFigures;

/**
 * A rep's deal figures for a period from the deals as they stood on a day, added up as {@code deals.DealFigures}
 * does in the database (weighted per stage and category, rounded to cents per group), so a snapshot's numbers are
 * the numbers page's numbers of that day.
 */
final class SnapshotFigures {

    private SnapshotFigures() {
    }

    static OwnerFigures of(long ownerId, Collection<DealState> deals, Period period) {
        long openCount = 0;
        long wonCount = 0;
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal won = BigDecimal.ZERO;
        Map<DealStage, Long> countByStage = new EnumMap<>(DealStage.class);
        Map<DealStage, BigDecimal> amountByStage = new EnumMap<>(DealStage.class);
        Map<List<Object>, BigDecimal> groups = new HashMap<>();
        Map<List<Object>, Integer> probabilities = new HashMap<>();
        for (DealState deal : deals) {
            if (!period.contains(deal.expectedClose())) {
                continue;
            }
            if (deal.outcome() == DealOutcome.WON) {
                wonCount++;
                won = won.add(deal.amount());
            } else if (deal.outcome() == DealOutcome.OPEN || deal.outcome() == DealOutcome.DELAYED) {
                openCount++;
                open = open.add(deal.amount());
                countByStage.merge(deal.stage(), 1L, Long::sum);
                amountByStage.merge(deal.stage(), deal.amount(), BigDecimal::add);
                List<Object> group = List.of(deal.stage(), deal.forecastCategory());
                groups.merge(group, deal.amount(), BigDecimal::add);
                probabilities.putIfAbsent(group, deal.probability());
            }
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal commit = BigDecimal.ZERO;
        BigDecimal bestCase = BigDecimal.ZERO;
        for (Map.Entry<List<Object>, BigDecimal> group : groups.entrySet()) {
            BigDecimal amount = group.getValue();
            weighted = weighted.add(amount.multiply(BigDecimal.valueOf(probabilities.get(group.getKey())))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            Object category = group.getKey().get(1);
            if (category == ForecastCategory.COMMIT) {
                commit = commit.add(amount);
            } else if (category == ForecastCategory.BEST_CASE) {
                bestCase = bestCase.add(amount);
            }
        }
        return new OwnerFigures(ownerId, openCount, open, weighted, commit, bestCase, wonCount, won, countByStage,
                amountByStage);
    }
}
