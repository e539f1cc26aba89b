package com.headpin.accounts;

import java.util.Locale;

/** The customer's industry; bowling-pin beachheads are planned per industry. */
public enum Industry {
    BANKING, INSURANCE, MANUFACTURING, ENERGY, GOVERNMENT_UTILITIES, TELECOM, HEALTHCARE, EDUCATION, RETAIL, OTHER;

    public String labelKey() {
        return "industry." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
