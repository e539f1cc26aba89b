package com.headpin.forecast;

import java.util.Locale;

/** The lengths of period the four numbers are shown for. Weeks start on Monday; the others follow the fiscal year. */
public enum PeriodKind {
    YEAR, QUARTER, MONTH, WEEK;

    public String labelKey() {
        return "forecast.period." + name().toLowerCase(Locale.ROOT);
    }
}
