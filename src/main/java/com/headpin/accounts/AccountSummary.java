package com.headpin.accounts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One row of the account list; {@code fit} says how many criteria its fit score rests on. */
public record AccountSummary(long id, String name, @Nullable String altName, Industry industry,
                             FunnelPosition funnelPosition, long ownerId, String ownerName, Tier tier,
                             boolean tierOverridden, FitScore fit, BigDecimal annualPotential,
                             boolean notPursuing) {

    /** The fit score, 0–100, unscored criteria counting as 0; {@code null} while none is scored. */
    public @Nullable BigDecimal fitScore() {
        return fit.score();
    }
}
