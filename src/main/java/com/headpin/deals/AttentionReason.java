package com.headpin.deals;

import java.util.Locale;

/** Why one of my open deals needs attention now; each reason is found by one rule of {@link DealAttentionService}. */
public enum AttentionReason {
    /** Longer in its stage than the stage's typical weeks ({@link DealSummary#stalled()}). */
    STALLED,
    /**
     * Expected to close within {@link DealAttentionService#CLOSE_SOON_DAYS} days (or already past that date) while
     * exit criteria of its current stage are unticked: the date is not credible unless the work gets done.
     */
    CLOSING_WITH_OPEN_CRITERIA;

    /** "deal.attention.stalled"; its text takes the flag's count as {0}. */
    public String labelKey() {
        return "deal.attention." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
