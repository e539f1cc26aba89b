package com.headpin.accounts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One row of the account list. */
public record AccountSummary(long id, String name, @Nullable String altName, Industry industry,
                             FunnelPosition funnelPosition, long ownerId, String ownerName, Tier tier,
                             boolean tierOverridden, @Nullable BigDecimal fitScore, BigDecimal annualPotential,
                             boolean notPursuing) {
}
