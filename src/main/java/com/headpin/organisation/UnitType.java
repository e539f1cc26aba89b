package com.headpin.organisation;

/** The three levels of a sales organisation. */
public enum UnitType {
    COMPANY, REGION, TEAM;

    public String labelKey() {
        return "org.type." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
