package com.headpin.accounts;

import java.util.Locale;

/** 20/80 tier: A accounts make up the top 80% of value, B the next 15%, C the rest. */
public enum Tier {
    A, B, C;

    public String labelKey() {
        return "tier." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
