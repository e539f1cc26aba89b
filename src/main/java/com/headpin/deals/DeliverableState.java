package com.headpin.deals;

import java.util.Locale;

/** Where a deal stands with one proposal deliverable: still to do, done, or not needed for this deal. */
public enum DeliverableState {
    TO_DO, DONE, NOT_NEEDED;

    public String labelKey() {
        return "deal.deliverable." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
