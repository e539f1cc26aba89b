package com.headpin.deals;

import java.util.Locale;

/** Where a deal ended, or that it has not: won (签约, stage 6), lost (失败), delayed (延迟: parked, not dead). */
public enum DealOutcome {
    OPEN, WON, LOST, DELAYED;

    public String labelKey() {
        return "deal.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
