package com.headpin.planning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;

/**
 * One month of a plan: how many prospects must reach each stage in it (the 9-6-5-5-3-1 counts of the deals whose
 * stage begins that month), the seminar days and travel days held in it, and the person-days each role spends.
 */
public record PlanMonth(YearMonth month, Map<DealStage, Integer> reaching, int seminarDays, int travelDays,
                        Map<DealRole, BigDecimal> effort) {

    public PlanMonth {
        reaching = Map.copyOf(reaching);
        effort = Map.copyOf(effort);
    }

    public int reaching(DealStage stage) {
        return reaching.getOrDefault(stage, 0);
    }

    public BigDecimal effort(DealRole role) {
        return effort.getOrDefault(role, BigDecimal.ZERO);
    }
}
