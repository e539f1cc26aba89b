package com.headpin.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A deal's outcome and what it needs: won — the final amount and signing date; lost — a reason and, if known, the
 * competitor who won (picked or added); delayed — a new expected close date; open — reopened.
 */
public record OutcomeInput(DealOutcome outcome, @Nullable BigDecimal finalAmount, @Nullable LocalDate signedOn,
                           @Nullable String lostReason, @Nullable String lostTo,
                           @Nullable LocalDate newExpectedClose) {

    public static OutcomeInput won(@Nullable BigDecimal finalAmount, @Nullable LocalDate signedOn) {
        return new OutcomeInput(DealOutcome.WON, finalAmount, signedOn, null, null, null);
    }

    public static OutcomeInput lost(@Nullable String reason, @Nullable String competitor) {
        return new OutcomeInput(DealOutcome.LOST, null, null, reason, competitor, null);
    }

    public static OutcomeInput delayed(@Nullable LocalDate newExpectedClose) {
        return new OutcomeInput(DealOutcome.DELAYED, null, null, null, null, newExpectedClose);
    }

    public static OutcomeInput reopened() {
        return new OutcomeInput(DealOutcome.OPEN, null, null, null, null, null);
    }
}
