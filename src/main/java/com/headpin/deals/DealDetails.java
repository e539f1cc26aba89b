package com.headpin.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything a deal page shows, as loaded at {@code version}. {@code accountName} is null when the reader may open
 * the deal (as a deal-team member) but not its account. {@code probability} and {@code weightedAmount} follow the
 * sales process as it is now; {@code stageSince} is the day the deal entered its stage, and it is {@code stalled}
 * when it has stayed longer than the stage's typical duration.
 */
public record DealDetails(long id, long version, long accountId, @Nullable String accountName, String name,
                          BigDecimal amount, LocalDate expectedClose, long ownerId, @Nullable Long teamId,
                          @Nullable Long regionId, DealStage stage, DealOutcome outcome,
                          ForecastCategory forecastCategory, @Nullable BigDecimal finalAmount,
                          @Nullable LocalDate signedOn, @Nullable String lostReason, @Nullable String lostTo,
                          @Nullable String nextStep, Set<DealTeamMember> team, Set<String> competitors,
                          Set<String> partners, @Nullable DealPhase phase, @Nullable Long programId,
                          Set<Long> checkedCriteria, int probability, BigDecimal weightedAmount, LocalDate stageSince,
                          boolean stalled, Instant updatedAt) {

    public boolean isOpen() {
        return outcome == DealOutcome.OPEN;
    }
}
