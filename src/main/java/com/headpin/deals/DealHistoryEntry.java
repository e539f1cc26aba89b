package com.headpin.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The deal as it stood after one change, effective on {@code effectiveOn} (the day it took effect; demo data dates
 * it back) and recorded at {@code recordedAt} by {@code recordedBy}. {@code probability} is the stage's probability
 * at that time; {@code fromStage} is set when the stage changed; {@code reason} is a gate override's, a move back's
 * or a loss's.
 */
public record DealHistoryEntry(long dealId, LocalDate effectiveOn, Instant recordedAt, @Nullable Long recordedBy,
                               DealChange change, DealStage stage, @Nullable DealStage fromStage, int probability,
                               BigDecimal amount, LocalDate expectedClose, ForecastCategory forecastCategory,
                               DealOutcome outcome, @Nullable String reason) {
}
