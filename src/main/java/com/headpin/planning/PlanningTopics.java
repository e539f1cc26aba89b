package com.headpin.planning;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of planning, for publishers and subscribers alike. */
public final class PlanningTopics {

    /** A period of the company calendar. */
    public static final RecordType CALENDAR_PERIOD = RecordType.of("calendar-period");

    /** Any period of the company calendar changed: the calendar page, strips and planners listen here. */
    public static final Topic CALENDAR = Topic.of("company-calendar");

    /** A rep's saved plan for a year (inputs, submission, approval). */
    public static final RecordType SALES_PLAN = RecordType.of("sales-plan");

    /** Any saved plan created, changed, submitted, approved, returned or reopened: planners and home cards listen. */
    public static final Topic SALES_PLANS = Topic.of("sales-plans");

    private PlanningTopics() {
    }
}
