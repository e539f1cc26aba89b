package com.headpin.planning;

import java.util.Locale;

/**
 * Where a saved plan stands: a draft the rep works on; submitted to the directors above the rep; approved by one of
 * them (only then does it feed resource demand); or returned to the rep with the director's reason, to be changed
 * and submitted again. Changing an approved or submitted plan means reopening it as a draft first.
 */
public enum SalesPlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Whether the plan's inputs may change: a draft, or a returned plan being reworked. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String labelKey() {
        return "sales-plan-status." + name().toLowerCase(Locale.ROOT);
    }
}
