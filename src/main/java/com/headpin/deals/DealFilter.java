package com.headpin.deals;

import org.jspecify.annotations.Nullable;

/** What a deal list shows: {@code text} matches the deal's name; null filters match any. */
public record DealFilter(String text, @Nullable Long ownerId, @Nullable Long accountId, @Nullable DealStage stage,
                         @Nullable DealOutcome outcome) {

    public static final DealFilter ALL = new DealFilter("", null, null, null, null);

    public static DealFilter ownedBy(long ownerId) {
        return new DealFilter("", ownerId, null, null, null);
    }
}
