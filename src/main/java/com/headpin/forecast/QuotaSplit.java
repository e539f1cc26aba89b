package com.headpin.forecast;

import java.util.Locale;

/** How a yearly quota is spread over the fiscal months: evenly, or as the manager typed it month by month. */
public enum QuotaSplit {
    EVEN, CUSTOM;

    public String labelKey() {
        return "forecast.quota.split." + name().toLowerCase(Locale.ROOT);
    }
}
