package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.ForecastCategory;

/**
 * A deal as a weekly snapshot froze it. For a won deal {@code amount} is the final amount and {@code expectedClose}
 * the day it was signed (as in the deal history).
 *
 * @param repId the deal's owner then
 */
public record FrozenDeal(long dealId, String name, long repId, BigDecimal amount, LocalDate expectedClose,
                         DealStage stage, int probability, ForecastCategory category, DealOutcome outcome) {

    /** Still to be decided: open, or delayed (parked, counting in the period of its new date). */
    public boolean pipeline() {
        return outcome == DealOutcome.OPEN || outcome == DealOutcome.DELAYED;
    }

    /**
     * Counted in a commitment when dated in its period: committed pipeline (category commit) or won. Which period
     * it falls in is {@link #expectedClose}.
     */
    public boolean committedOrWon() {
        return outcome == DealOutcome.WON || pipeline() && category == ForecastCategory.COMMIT;
    }

    /** In the period's commitment (the four numbers' definition): won in it, or committed pipeline closing in it. */
    public boolean inCommitment(Period period) {
        return committedOrWon() && period.contains(expectedClose);
    }
}
