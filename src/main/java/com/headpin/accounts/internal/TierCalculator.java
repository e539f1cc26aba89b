package com.headpin.accounts.internal;

import com.headpin.accounts.Tier;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 20/80 rule over all accounts of the company: sorts by value and cuts at the configured shares. */
public final class TierCalculator {

    private TierCalculator() {
    }

    /** The tier of each account; an account is A while the accounts before it hold less than the A share. */
    public static Map<Long, Tier> tiers(Map<Long, BigDecimal> values, AccountsProperties shares) {
        BigDecimal total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, Tier> tiers = new HashMap<>();
        if (total.signum() <= 0) {
            values.keySet().forEach(id -> tiers.put(id, Tier.C));
            return tiers;
        }
        List<Map.Entry<Long, BigDecimal>> ordered = values.entrySet().stream()
                .sorted(Map.Entry.<Long, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal aLimit = total.multiply(BigDecimal.valueOf(shares.tierAShare()));
        BigDecimal bLimit = total.multiply(BigDecimal.valueOf(shares.tierBShare()));
        for (Map.Entry<Long, BigDecimal> entry : ordered) {
            Tier tier = entry.getValue().signum() <= 0 ? Tier.C
                    : before.compareTo(aLimit) < 0 ? Tier.A
                    : before.compareTo(bLimit) < 0 ? Tier.B : Tier.C;
            tiers.put(entry.getKey(), tier);
            before = before.add(entry.getValue());
        }
        return tiers;
    }

    /** The accounts whose stored tier differs from the computed one, grouped by their new tier. */
    public static Map<Tier, Set<Long>> changes(List<AccountValueRow> rows, Map<Long, Tier> computed) {
        Map<Tier, Set<Long>> changes = new EnumMap<>(Tier.class);
        for (AccountValueRow row : rows) {
            Tier tier = computed.getOrDefault(row.id(), Tier.C);
            if (tier != row.tier()) {
                changes.computeIfAbsent(tier, t -> new HashSet<>()).add(row.id());
            }
        }
        return changes;
    }
}
