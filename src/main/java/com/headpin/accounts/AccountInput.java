package com.headpin.accounts;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A user's input for a new or changed account profile ({@code version} is ignored on create). */
public record AccountInput(long version, String name, @Nullable String altName, Industry industry, Nature nature,
                           SizeBand sizeBand, @Nullable Long regionId, @Nullable Long teamId, long ownerId,
                           FunnelPosition funnelPosition, @Nullable Long parentId, @Nullable String address,
                           @Nullable String website, @Nullable String notes, BigDecimal annualPotential,
                           @Nullable Tier tierOverride, Set<AccountTeamMember> team, @Nullable String city) {

    public AccountInput {
        team = Set.copyOf(team);
    }

    /** Input without a city (imports and older callers): the account has none. */
    public AccountInput(long version, String name, @Nullable String altName, Industry industry, Nature nature,
                        SizeBand sizeBand, @Nullable Long regionId, @Nullable Long teamId, long ownerId,
                        FunnelPosition funnelPosition, @Nullable Long parentId, @Nullable String address,
                        @Nullable String website, @Nullable String notes, BigDecimal annualPotential,
                        @Nullable Tier tierOverride, Set<AccountTeamMember> team) {
        this(version, name, altName, industry, nature, sizeBand, regionId, teamId, ownerId, funnelPosition, parentId,
                address, website, notes, annualPotential, tierOverride, team, null);
    }

    public static AccountInput from(AccountDetails a) {
        return new AccountInput(a.version(), a.name(), a.altName(), a.industry(), a.nature(), a.sizeBand(),
                a.regionId(), a.teamId(), a.ownerId(), a.funnelPosition(), a.parentId(), a.address(), a.website(),
                a.notes(), a.annualPotential(), a.tierOverride(), a.team(), a.city());
    }
}
