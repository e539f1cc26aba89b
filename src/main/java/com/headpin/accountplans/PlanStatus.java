package com.headpin.accountplans;

import java.util.Locale;

/** An account plan is a draft until a director reviews it; any later change makes it a draft again. */
public enum PlanStatus {
    DRAFT, REVIEWED;

    public String labelKey() {
        return "plan-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
