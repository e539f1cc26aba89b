package com.headpin.deals;

import java.util.Locale;

/** The roles people play on a deal: on its deal team, and in the sales process's effort per stage. */
public enum DealRole {
    SALES, DIRECTOR, CONSULTANT, TECHNICAL_SUPPORT, SERVICE, LEGAL, FINANCE;

    public String labelKey() {
        return "deal.role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
