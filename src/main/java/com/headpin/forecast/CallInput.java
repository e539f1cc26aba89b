package com.headpin.forecast;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A rep's own forecast for a period.
 *
 * @param version the call's version as loaded, null when the rep had made none (a call made meanwhile is stale)
 */
public record CallInput(long repId, String periodKey, @Nullable BigDecimal amount, @Nullable String note,
                        @Nullable Long version) {
}
