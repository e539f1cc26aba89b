package com.headpin.stakeholders;

/** A buying influence's attitude to our proposal. */
public enum Attitude {
    SUPPORTER, NEUTRAL, SCEPTIC, OPPONENT;

    public String labelKey() {
        return "influence.attitude." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Sceptics and opponents: what the red-flag rules and the map treat as against us. */
    public boolean isNegative() {
        return this == SCEPTIC || this == OPPONENT;
    }
}
