package com.headpin.forecast;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One share of a distributed quota: for a unit below ({@code unitId}) or a rep of a team ({@code repId}). */
public record DistributionShare(@Nullable Long unitId, @Nullable Long repId, String name, BigDecimal before,
                                BigDecimal share) {
}
