package com.headpin.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal as it stood on a day, from the dated history (the last row effective on or before it), with its current
 * name and owner ([Forecast] freezes these in weekly snapshots). For a won deal {@code amount} is the final amount
 * and {@code expectedClose} the day it was signed, as in the history.
 *
 * @param changedOn the day of the change that left the deal in this state
 */
public record DealState(long dealId, String name, long ownerId, DealStage stage, int probability, BigDecimal amount,
                        LocalDate expectedClose, ForecastCategory forecastCategory, DealOutcome outcome,
                        LocalDate changedOn) {
}
