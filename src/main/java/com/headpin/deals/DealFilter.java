package com.headpin.deals;

import com.headpin.accounts.Tier;
import org.jspecify.annotations.Nullable;

/**
 * What a deal list or the board shows: {@code text} matches the deal's name; null filters match any. Owner, team,
 * region, close quarter and account tier are the filters the board and the list share and save per user
 * ({@link DealBoardService#savedFilter()}); a tier matches deals on accounts of that tier the caller may see.
 */
public record DealFilter(String text, @Nullable Long ownerId, @Nullable Long accountId, @Nullable DealStage stage,
                         @Nullable DealOutcome outcome, @Nullable Long teamId, @Nullable Long regionId,
                         @Nullable CloseQuarter closeQuarter, @Nullable Tier tier) {

    public static final DealFilter ALL = new DealFilter("", null, null, null, null);

    public DealFilter(String text, @Nullable Long ownerId, @Nullable Long accountId, @Nullable DealStage stage,
                      @Nullable DealOutcome outcome) {
        this(text, ownerId, accountId, stage, outcome, null, null, null, null);
    }

    public static DealFilter ownedBy(long ownerId) {
        return new DealFilter("", ownerId, null, null, null);
    }

    /** This filter with the shared (saved) criteria of {@code shared}: owner, team, region, quarter, tier. */
    public DealFilter withShared(DealFilter shared) {
        return new DealFilter(text, shared.ownerId, accountId, stage, outcome, shared.teamId, shared.regionId,
                shared.closeQuarter, shared.tier);
    }

    /** Only the shared criteria, as they are saved. */
    public DealFilter shared() {
        return ALL.withShared(this);
    }
}
