package com.headpin.stakeholders.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealDetails;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;

/**
 * What the red-flag rules look at for one open deal: the deal, its buying influences, today, the company's days
 * without contact before a flag, and the win results recorded per influence (absent: none).
 */
public record DealFacts(DealDetails deal, List<InfluenceRow> influences, LocalDate today, int noContactDays,
                        Map<Long, Integer> winResults) {

    public DealFacts {
        influences = List.copyOf(influences);
        winResults = Map.copyOf(winResults);
    }

    public List<InfluenceRow> with(InfluenceRole role) {
        return influences.stream().filter(i -> i.has(role)).toList();
    }

    public boolean none(InfluenceRole role) {
        return influences.stream().noneMatch(i -> i.has(role));
    }
}
