package com.headpin.forecast;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One deal's part in the movement: how it stood in the first and the second snapshot (null where it was not there)
 * and by how much it changed the commitment ({@code after}'s contribution minus {@code before}'s).
 */
public record DealMove(long dealId, String name, long repId, @Nullable FrozenDeal before, @Nullable FrozenDeal after,
                       BigDecimal change) {
}
