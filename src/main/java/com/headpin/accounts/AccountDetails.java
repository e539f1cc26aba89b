package com.headpin.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Everything the account form shows, as loaded at {@code version}. */
public record AccountDetails(long id, long version, String name, @Nullable String altName, Industry industry,
                             Nature nature, SizeBand sizeBand, @Nullable Long regionId, @Nullable Long teamId,
                             long ownerId, FunnelPosition funnelPosition, @Nullable Long parentId,
                             @Nullable String address, @Nullable String website, @Nullable String notes,
                             BigDecimal annualPotential, @Nullable BigDecimal fitScore, Tier tier,
                             @Nullable Tier tierOverride, boolean notPursuing, @Nullable String notPursuingReason,
                             Set<AccountTeamMember> team, Map<Long, Integer> scores, Instant updatedAt,
                             @Nullable String city) {

    /** The tier that counts: the manual override if set, else the computed one. */
    public Tier effectiveTier() {
        return tierOverride != null ? tierOverride : tier;
    }
}
