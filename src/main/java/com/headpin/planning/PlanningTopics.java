package com.headpin.planning;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of planning, for publishers and subscribers alike. */
public final class PlanningTopics {

    /** A period of the company calendar. */
    public static final RecordType CALENDAR_PERIOD = RecordType.of("calendar-period");

    /** Any period of the company calendar changed: the calendar page, strips and planners listen here. */
    public static final Topic CALENDAR = Topic.of("company-calendar");

    private PlanningTopics() {
    }
}
