package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.headpin.deals.DealPhase;
import com.headpin.deals.DealTeamMember;
import com.headpin.deals.ForecastCategory;
import org.jspecify.annotations.Nullable;

/** What {@link Deal#apply} sets: a deal input checked and resolved (competitor names to ids) by the service. */
public record DealFields(String name, BigDecimal amount, LocalDate expectedClose, long ownerId, @Nullable Long teamId,
                         @Nullable Long regionId, ForecastCategory forecastCategory, @Nullable String nextStep,
                         @Nullable DealPhase phase, @Nullable Long programId, Set<DealTeamMember> team,
                         Set<Long> competitorIds, Set<String> partners) {
}
