package com.headpin.planning;

import java.util.Locale;

/** What a company-calendar period is: one of the customer's seasons, a holiday, or another named period. */
public enum PeriodKind {
    PLANNING, SPRING_FESTIVAL, SELECTION, TENDER, HOLIDAYS, NATIONAL_DAY, OTHER;

    /** The stable key of the kind, also the strip's CSS band ({@code band-spring-festival}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "customer-year." + key();
    }
}
