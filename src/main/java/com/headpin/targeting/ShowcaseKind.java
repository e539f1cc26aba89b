package com.headpin.targeting;

import java.util.Locale;

/** What turns a head-pin project into a showcase that knocks down the next pins. */
public enum ShowcaseKind {
    AWARD, THIRD_PARTY_PRAISE, TESTIMONIAL, CASE_STUDY, REFERENCE_VISIT;

    public String labelKey() {
        return "showcase." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
