package com.headpin.forecast;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A manager's forecast and commitment for one rep and period; an amount left empty is not adjusted.
 *
 * @param version the adjustment's version as loaded, null when there was none
 */
public record AdjustmentInput(long repId, String periodKey, @Nullable BigDecimal forecast,
                              @Nullable BigDecimal commitment, @Nullable String note, @Nullable Long version) {
}
