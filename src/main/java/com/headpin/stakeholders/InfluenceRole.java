package com.headpin.stakeholders;

/** The four kinds of buying influence (domain notes, section 5); one person may have several on a deal. */
public enum InfluenceRole {
    DECISION_MAKER, USER, TECHNICAL_GATEKEEPER, COACH;

    /** The i18n key of the role's name, e.g. {@code influence.role.decision-maker}. */
    public String labelKey() {
        return "influence.role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
