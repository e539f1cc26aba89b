package com.headpin.deals;

import java.util.Locale;

/** The rep's forecast call on a deal, used by [Forecast]. Closed means signed: only a won deal is closed. */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED;

    public String labelKey() {
        return "deal.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
