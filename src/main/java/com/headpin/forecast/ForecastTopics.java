package com.headpin.forecast;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of the forecast module, for publishers and subscribers alike. */
public final class ForecastTopics {

    /** A quota (a rep's or a unit's, for one fiscal year); every change is also announced on {@link #NUMBERS}. */
    public static final RecordType QUOTA = RecordType.of("quota");
    /** A rep's forecast call for a period; also announced on {@link #NUMBERS}. */
    public static final RecordType CALL = RecordType.of("forecast-call");
    /** A manager's adjustment of a rep's forecast and commitment; also announced on {@link #NUMBERS}. */
    public static final RecordType ADJUSTMENT = RecordType.of("forecast-adjustment");
    /** A weekly snapshot (frozen numbers and deals); every new one is also announced on {@link #SNAPSHOTS}. */
    public static final RecordType SNAPSHOT = RecordType.of("forecast-snapshot");
    /** A forecast meeting: its record, and (by id) its presence and the presenter's broadcasts. */
    public static final RecordType MEETING = RecordType.of("forecast-meeting");

    /**
     * Anything that changes someone's four numbers in this module (quotas, calls, adjustments). Views of numbers
     * follow this and {@code DealTopics.LIST} (deals moving, won or re-dated).
     */
    public static final Topic NUMBERS = Topic.of("forecast-numbers");
    /** The list of weekly snapshots. */
    public static final Topic SNAPSHOTS = Topic.of("forecast-snapshots");
    /** The list of forecast meetings (open and ended). */
    public static final Topic MEETINGS = Topic.of("forecast-meetings");

    private ForecastTopics() {
    }
}
