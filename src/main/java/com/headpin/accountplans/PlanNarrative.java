package com.headpin.accountplans;

import org.jspecify.annotations.Nullable;

/** The written part of an account plan: the customer's goals and challenges, and our position and strategies. */
public record PlanNarrative(@Nullable String businessGoals, @Nullable String challenges, @Nullable String strengths,
                            @Nullable String vulnerabilities, @Nullable String competitors,
                            @Nullable String partners, @Nullable String strategies) {

    public static final PlanNarrative EMPTY = new PlanNarrative(null, null, null, null, null, null, null);
}
