package com.headpin.resources;

import java.util.Locale;

/** A request's way: requested → assigned → done, or declined with a reason. */
public enum RequestStatus {
    REQUESTED, ASSIGNED, DONE, DECLINED;

    public boolean isOpen() {
        return this == REQUESTED;
    }

    public String labelKey() {
        return "resource.status." + name().toLowerCase(Locale.ROOT);
    }
}
