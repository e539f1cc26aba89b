package com.headpin.forecast;

import java.util.Locale;

/**
 * How a director hands a unit's top-down quota to the units or reps directly below: in equal shares, or in proportion
 * to what each has now (equal shares when none has anything yet).
 */
public enum Distribution {
    EVEN, PROPORTIONAL;

    public String labelKey() {
        return "forecast.quota.distribute." + name().toLowerCase(Locale.ROOT);
    }
}
