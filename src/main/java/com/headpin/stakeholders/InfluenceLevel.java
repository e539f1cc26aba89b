package com.headpin.stakeholders;

/** How much a buying influence weighs on this decision. */
public enum InfluenceLevel {
    HIGH, MEDIUM, LOW;

    public String labelKey() {
        return "influence.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
