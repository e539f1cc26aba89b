package com.headpin.accounts;

import java.util.Locale;

/** Head count band: under 100, 100–999, 1,000–9,999, 10,000 and more. */
public enum SizeBand {
    SMALL, MEDIUM, LARGE, ENTERPRISE;

    public String labelKey() {
        return "size-band." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
