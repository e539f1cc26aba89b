package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The win results each buying influence has, for the "unknown win results" red flag: one grouped query. */
@Component
class PersonalWinResultCounts implements WinResultCounts {

    private final PersonalWinResultRepository results;

    PersonalWinResultCounts(PersonalWinResultRepository results) {
        this.results = results;
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> influenceIds) {
        if (influenceIds.isEmpty()) {
            return Map.of();
        }
        return results.countByInfluence(influenceIds).stream().collect(Collectors.toMap(
                PersonalWinResultRepository.InfluenceResults::getInfluenceId, row -> (int) row.getResults()));
    }
}
