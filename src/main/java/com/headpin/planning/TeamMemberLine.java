package com.headpin.planning;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One rep of a team's plan: their quota (from [Forecast], else their saved plan) and average deal (their saved
 * plan's, else that of their won deals), null while unknown; the deals they need at that average (null while either
 * is unknown), what they won in the plan year, their open deals, and where their own saved plan for the year stands
 * (null: none saved).
 */
public record TeamMemberLine(long repId, String name, @Nullable BigDecimal quota, @Nullable BigDecimal averageDeal,
                             @Nullable Integer dealsNeeded, BigDecimal wonInYear, int openDeals,
                             @Nullable SalesPlanStatus planStatus) {
}
