package com.headpin.forecast;

import java.time.LocalDate;

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

    /*
     * The forms' topics: one per record, keyed by what the record belongs to (rep or unit and year; rep and period),
     * so that they exist before the record is first saved and everyone opening the same empty quota or call meets
     * there. The services announce every save on them besides QUOTA, CALL and ADJUSTMENT (history, by the row's id).
     */
    /** A rep's quota for one fiscal year, as a shared form edits it ({@link #repQuota}). */
    public static final RecordType REP_QUOTA = RecordType.of("rep-quota");
    /** A unit's top-down quota for one fiscal year ({@link #unitQuota}). */
    public static final RecordType UNIT_QUOTA = RecordType.of("unit-quota");
    /** A rep's own call for one period ({@link #repCall}). */
    public static final RecordType REP_CALL = RecordType.of("rep-forecast-call");
    /** The managers' adjustment of a rep's numbers for one period ({@link #repAdjustment}). */
    public static final RecordType REP_ADJUSTMENT = RecordType.of("rep-forecast-adjustment");

    /** Years fit in four digits (InputRules keeps them between 1900 and 2100). */
    private static final long YEARS = 10_000L;
    /** A period: its kind and its first day, counted from 1 January 1900 (below 10^6 days, until year 4637). */
    private static final long DAYS = 1_000_000L;
    private static final long KINDS = 10L;
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

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

    /** The shared quota form of a rep and fiscal year. */
    public static Topic repQuota(long repId, int fiscalYear) {
        return REP_QUOTA.topic(quotaKey(repId, fiscalYear));
    }

    /** The shared top-down quota form of a unit and fiscal year. */
    public static Topic unitQuota(long unitId, int fiscalYear) {
        return UNIT_QUOTA.topic(quotaKey(unitId, fiscalYear));
    }

    /** The shared form of a rep's own call for the period. */
    public static Topic repCall(long repId, Period period) {
        return REP_CALL.topic(periodKey(repId, period));
    }

    /** The shared form of the managers' adjustment of a rep's numbers for the period. */
    public static Topic repAdjustment(long repId, Period period) {
        return REP_ADJUSTMENT.topic(periodKey(repId, period));
    }

    static long quotaKey(long ownerId, int fiscalYear) {
        return ownerId * YEARS + fiscalYear;
    }

    static long periodKey(long repId, Period period) {
        long day = period.start().toEpochDay() - FIRST_DAY.toEpochDay();
        return (repId * KINDS + period.kind().ordinal()) * DAYS + day;
    }
}
