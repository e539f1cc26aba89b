package com.headpin.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A deal in a list. {@code accountName} is null for an account the reader may not see. */
public record DealSummary(long id, String name, long accountId, @Nullable String accountName, long ownerId,
                          String ownerName, DealStage stage, DealOutcome outcome, ForecastCategory forecastCategory,
                          BigDecimal amount, int probability, BigDecimal weightedAmount, LocalDate expectedClose,
                          boolean stalled) {
}
