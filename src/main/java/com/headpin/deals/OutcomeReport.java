package com.headpin.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Won and lost deals between two days, among those the caller may open: totals, why deals were lost, who won them
 * instead, how long won deals spent in each stage, and the deals themselves (newest first).
 */
public record OutcomeReport(long wonCount, BigDecimal wonAmount, long lostCount, BigDecimal lostAmount,
                            List<Reason> reasons, List<CompetitorWins> competitors, List<StageCycle> cycles,
                            List<ClosedDeal> deals) {

    public OutcomeReport {
        reasons = List.copyOf(reasons);
        competitors = List.copyOf(competitors);
        cycles = List.copyOf(cycles);
        deals = List.copyOf(deals);
    }

    /** Won deals as a share of won and lost, in percent; null when none closed. */
    public @Nullable Integer winRatePercent() {
        long closed = wonCount + lostCount;
        return closed == 0 ? null : (int) Math.round(wonCount * 100.0 / closed);
    }

    /** A lost reason as typed, with how many deals and how much were lost for it. */
    public record Reason(String reason, long deals, BigDecimal amount) {
    }

    /** A competitor who won deals from us; {@code competitorId} null for deals lost without a named winner. */
    public record CompetitorWins(@Nullable Long competitorId, String name, long deals, BigDecimal amount) {
    }

    /** The average number of days won deals spent in a stage, over the {@code deals} that passed through it. */
    public record StageCycle(DealStage stage, double averageDays, long deals) {
    }

    /** One won or lost deal: closed on its signing day or the day it was lost; amount final when won. */
    public record ClosedDeal(long id, String name, DealOutcome outcome, LocalDate closedOn, BigDecimal amount,
                             @Nullable String lostReason, @Nullable String lostTo) {
    }
}
