package com.headpin.accountplans;

import java.util.Locale;

/**
 * An account plan is a draft until a director reviews it; its editors may submit it for review first (the managers
 * above then find it on their home view). Any later change makes it a draft again: a review, or a request for one,
 * covered the plan as it was.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, REVIEWED;

    public String labelKey() {
        return "plan-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
