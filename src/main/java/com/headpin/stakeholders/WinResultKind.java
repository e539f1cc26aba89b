package com.headpin.stakeholders;

/** Whom a standard win result serves: the person at work, or the person's family and career (domain notes, 5). */
public enum WinResultKind {
    PERSONAL, FAMILY_CAREER;

    public String labelKey() {
        return "win-result.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
