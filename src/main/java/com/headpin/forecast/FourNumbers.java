package com.headpin.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The manager's four numbers for one rep or unit and one period (domain notes, section 3).
 *
 * @param quota              the target; null for a week (quotas are split by month, not by week)
 * @param systemForecast     what the deals say: signed in the period plus the open and delayed deals expected to close
 *                           in it, each times its stage's probability
 * @param forecast           the rep's own call where there is one, else the system's figure
 * @param adjustedForecast   the forecast with the managers' adjustments where there are any (else equal to forecast)
 * @param commitment         signed in the period plus the open deals in forecast category commit closing in it
 * @param adjustedCommitment the commitment with the managers' adjustments where there are any
 * @param achievement        the final amounts of the deals signed in the period
 */
public record FourNumbers(@Nullable BigDecimal quota, BigDecimal systemForecast, BigDecimal forecast,
                          BigDecimal adjustedForecast, BigDecimal commitment, BigDecimal adjustedCommitment,
                          BigDecimal achievement) {

    /** Nothing yet, with a quota of zero (or none for a week). */
    public static FourNumbers zero(boolean hasQuota) {
        return new FourNumbers(hasQuota ? BigDecimal.ZERO : null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Figure by figure; a missing quota counts as none only when both are missing. */
    public FourNumbers plus(FourNumbers other) {
        BigDecimal sumQuota = quota == null && other.quota == null ? null
                : orZero(quota).add(orZero(other.quota));
        return new FourNumbers(sumQuota, systemForecast.add(other.systemForecast), forecast.add(other.forecast),
                adjustedForecast.add(other.adjustedForecast), commitment.add(other.commitment),
                adjustedCommitment.add(other.adjustedCommitment), achievement.add(other.achievement));
    }

    /** These numbers with another quota (a unit's roll-up). */
    public FourNumbers withQuota(@Nullable BigDecimal otherQuota) {
        return new FourNumbers(otherQuota, systemForecast, forecast, adjustedForecast, commitment, adjustedCommitment,
                achievement);
    }

    /** Achievement as a whole percentage of quota; null without a quota above zero. */
    public @Nullable Integer attainmentPercent() {
        return percentOfQuota(achievement);
    }

    /** Any amount as a whole percentage of quota (forecast or commitment coverage); null without a quota. */
    public @Nullable Integer percentOfQuota(BigDecimal amount) {
        if (quota == null || quota.signum() <= 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(quota, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** Whether a manager changed the forecast or the commitment. */
    public boolean adjusted() {
        return adjustedForecast.compareTo(forecast) != 0 || adjustedCommitment.compareTo(commitment) != 0;
    }

    private static BigDecimal orZero(@Nullable BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
