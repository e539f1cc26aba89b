package com.headpin.accountplans;

import java.util.Locale;

/** Progress of an action item of an account plan. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE;

    public String labelKey() {
        return "action-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
