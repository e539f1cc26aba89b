package com.headpin.deals;

/** Why one of my open deals needs attention now; each reason is found by one rule of {@link DealAttentionService}. */
public enum AttentionReason {
    /** Longer in its stage than the stage's typical weeks ({@link DealSummary#stalled()}). */
    STALLED("deal.stalled"),
    /**
     * Expected to close within {@link DealAttentionService#CLOSE_SOON_DAYS} days (or already past that date) while
     * exit criteria of its current stage are unticked: the date is not credible unless the work gets done.
     */
    CLOSING_WITH_OPEN_CRITERIA("deal.attention.closing-with-open-criteria"),
    /** Action items of the deal (anyone's) past their due date and not done. */
    ACTIONS_OVERDUE("deal.attention.actions-overdue");

    private final String labelKey;

    AttentionReason(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The badge's text, given the flag's count as {0}; {@code labelKey() + ".help"} explains it. */
    public String labelKey() {
        return labelKey;
    }
}
