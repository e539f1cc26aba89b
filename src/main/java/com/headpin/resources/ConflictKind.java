package com.headpin.resources;

import java.util.Locale;

/** Why an assignment needs a reason before it is confirmed. */
public enum ConflictKind {
    /** The person is assigned elsewhere on overlapping days. */
    DOUBLE_BOOKING,
    /** The person is away on some of the days. */
    ABSENCE,
    /** A week's load would pass the person's capacity. */
    OVER_CAPACITY;

    public String labelKey() {
        return "resource.conflict." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
