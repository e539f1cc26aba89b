package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.headpin.deals.DealFlagCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's red-flag count per card: automatic flags plus open manual flags, in one query per lane page. The board
 * asks only for deals the reader may see.
 */
@Component
class RedFlagCounts implements DealFlagCounts {

    private final AutoRedFlagRepository flags;

    RedFlagCounts(AutoRedFlagRepository flags) {
        this.flags = flags;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> counts(Collection<Long> dealIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!dealIds.isEmpty()) {
            flags.countOpenFlags(dealIds).forEach(row -> counts.put(((Number) row[0]).longValue(),
                    ((Number) row[1]).intValue()));
        }
        return counts;
    }
}
