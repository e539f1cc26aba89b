package com.headpin.collaboration;

import java.util.List;

import com.headpin.shared.RecordType;

/**
 * Contributes entries to records' activity timelines (history of field changes, comments). The timeline merges all
 * sources' entries by time.
 */
public interface TimelineSource {

    List<TimelineEntry> entries(RecordType recordType, long recordId);
}
