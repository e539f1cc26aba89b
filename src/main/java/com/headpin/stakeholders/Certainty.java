package com.headpin.stakeholders;

/** How sure the team is of what it recorded about a buying influence (attitude and wins). */
public enum Certainty {
    CONFIRMED, LIKELY, GUESS;

    public String labelKey() {
        return "influence.certainty." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
