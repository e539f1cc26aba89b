package com.headpin.stakeholders;

/** A manual note on a deal's people: a red flag (a risk someone must clear) or a strength (what speaks for us). */
public enum FlagKind {
    FLAG, STRENGTH;

    public String labelKey() {
        return "redflag.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
