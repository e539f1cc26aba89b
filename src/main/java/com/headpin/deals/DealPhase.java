package com.headpin.deals;

import java.util.Locale;

/**
 * A big project split into three paid steps, each proven before the next (training → consulting → implementation):
 * each step is a deal of its own, linked to the first one.
 */
public enum DealPhase {
    TRAINING, CONSULTING, IMPLEMENTATION;

    public String labelKey() {
        return "deal.phase." + name().toLowerCase(Locale.ROOT);
    }
}
