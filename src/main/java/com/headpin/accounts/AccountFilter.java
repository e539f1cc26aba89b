package com.headpin.accounts;

import org.jspecify.annotations.Nullable;

/**
 * What the account list shows. {@code text} matches the name or the other-script name; not-pursued accounts are
 * left out unless asked for.
 */
public record AccountFilter(String text, @Nullable Tier tier, @Nullable Industry industry, @Nullable Long ownerId,
                            @Nullable FunnelPosition funnelPosition, @Nullable Integer minFitScore,
                            boolean includeNotPursuing) {

    public static final AccountFilter ALL_ACTIVE = new AccountFilter("", null, null, null, null, null, false);
}
