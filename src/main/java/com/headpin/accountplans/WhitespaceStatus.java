package com.headpin.accountplans;

import java.util.Locale;

/** One cell of the whitespace matrix: what we have with that business unit for that offering. */
public enum WhitespaceStatus {
    SOLD, IN_PROGRESS, OPPORTUNITY, NO_FIT;

    public String labelKey() {
        return "whitespace." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
