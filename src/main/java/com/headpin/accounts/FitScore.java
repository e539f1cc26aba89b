package com.headpin.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An account's fit score (0–100, {@code null} while no criterion in use is scored) with what it rests on: how many
 * of the criteria in use are scored, and the share reached on the scored ones alone.
 * <p>
 * Unscored criteria count as 0. A sales director sorts and filters accounts by fit to decide where to invest; a
 * score taken over the scored criteria only would let an account scored on one criterion (5 of 5: "100") outrank
 * every fully assessed one. Counted as 0, the score only rises as the scorecard is completed, and views say that it
 * is incomplete ({@link #incomplete()}) and what the scored criteria alone reach ({@link #scoredShare()}).
 */
public record FitScore(@Nullable BigDecimal score, int scored, int criteria, @Nullable BigDecimal scoredShare) {

    public static final FitScore NONE = new FitScore(null, 0, 0, null);

    /** The fit of these scores (criterion id to 0–5) on the criteria in use (criterion id to weight). */
    public static FitScore of(Map<Long, Integer> scores, Map<Long, Integer> weights) {
        int achieved = 0;
        int scoredMaximum = 0;
        int scored = 0;
        for (Map.Entry<Long, Integer> score : scores.entrySet()) {
            Integer weight = weights.get(score.getKey());
            if (weight != null) {
                achieved += weight * score.getValue();
                scoredMaximum += weight * 5;
                scored++;
            }
        }
        int maximum = weights.values().stream().mapToInt(Integer::intValue).sum() * 5;
        if (scored == 0 || maximum == 0) {
            return new FitScore(null, 0, weights.size(), null);
        }
        return new FitScore(percent(achieved, maximum), scored, weights.size(), percent(achieved, scoredMaximum));
    }

    private static BigDecimal percent(int achieved, int maximum) {
        return BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(maximum), 1, RoundingMode.HALF_UP);
    }

    /** Scored on some but not all criteria in use: the score still counts the others as 0. */
    public boolean incomplete() {
        return scored > 0 && scored < criteria;
    }
}
