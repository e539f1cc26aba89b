package com.headpin.forecast;

import java.util.Locale;

/**
 * The steps of the movement waterfall between two weekly snapshots, in the order they are drawn. Each deal that is
 * in the period's commitment in either snapshot lands in exactly one step (or is unchanged); the rules, first match
 * wins, are in {@link MovementCalculator}.
 */
public enum MovementStep {
    NEW, PULLED_IN, SLIPPED_OUT, AMOUNT_UP, AMOUNT_DOWN, WON, LOST;

    public String labelKey() {
        return "forecast.movement.step." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
