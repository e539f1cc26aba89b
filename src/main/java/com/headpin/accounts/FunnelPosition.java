package com.headpin.accounts;

import java.util.Locale;

/** Relative to the funnel: a target not yet engaged (above), active deals (in), a signed customer (below). */
public enum FunnelPosition {
    ABOVE, IN, BELOW;

    public String labelKey() {
        return "funnel-position." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
