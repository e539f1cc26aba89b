package com.headpin.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Where quotas for a year come from: [Forecast] owns them ({@link ForecastQuotas} reads them); when it has none for
 * a rep or team and year, the planner's quota field is typed in.
 */
public interface QuotaSource {

    Optional<BigDecimal> quota(long userId, int year);

    /** A unit's own (top-down) quota if one was set, and the quotas of those of its reps who have one. */
    default TeamQuotas team(long unitId, Collection<Long> repIds, int year) {
        return new TeamQuotas(null, repIds.stream().distinct()
                .flatMap(id -> quota(id, year).map(q -> Map.entry(id, q)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** A team's quotas: its own (null when none was set) and its reps' by id (only those who have one). */
    record TeamQuotas(@Nullable BigDecimal unit, Map<Long, BigDecimal> reps) {

        public TeamQuotas {
            reps = Map.copyOf(reps);
        }
    }
}
