package com.headpin.forecast;

import java.util.Locale;

/** A forecast meeting is open while it runs; once ended its record is read-only. */
public enum MeetingStatus {
    OPEN, ENDED;

    public String labelKey() {
        return "forecast.meeting.status." + name().toLowerCase(Locale.ROOT);
    }
}
