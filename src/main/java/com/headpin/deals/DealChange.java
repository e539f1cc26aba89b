package com.headpin.deals;

import java.util.Locale;

/** What a row of the deal history records. */
public enum DealChange {
    /** The deal was created. */
    CREATED,
    /** Moved forward with its exit criteria met. */
    MOVED_FORWARD,
    /** Moved forward by a director over missing exit criteria; the reason is kept. */
    GATE_OVERRIDDEN,
    /** Moved back to an earlier stage. */
    MOVED_BACK,
    /** Amount, expected close date or forecast category changed. */
    CHANGED,
    /** Won, lost, delayed or reopened. */
    OUTCOME,
    /** The sales process gave the deal's stage another win probability. */
    PROBABILITY;

    public String labelKey() {
        return "deal.change." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
