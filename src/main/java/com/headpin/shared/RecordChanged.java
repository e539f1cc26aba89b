package com.headpin.shared;

import java.util.List;
import java.util.Set;

/**
 * A service changed a record: published with Spring's {@code ApplicationEventPublisher} inside the service's
 * transaction. The collaboration module sends it to every node after the commit (never for a rollback), on the
 * record's topic ({@code recordType.topic(recordId)}) and on {@code alsoOn} (list or board topics). Ids only:
 * receivers reload from the database.
 *
 * @param fields the changed fields; empty when created, deleted or not specified
 */
public record RecordChanged(RecordType recordType, long recordId, Set<String> fields, List<Topic> alsoOn) {

    public RecordChanged {
        fields = Set.copyOf(fields);
        alsoOn = List.copyOf(alsoOn);
    }

    public static RecordChanged of(RecordType recordType, long recordId, Set<String> fields, Topic... alsoOn) {
        return new RecordChanged(recordType, recordId, fields, List.of(alsoOn));
    }

    /** The record's own topic, where it is always announced. */
    public Topic topic() {
        return recordType.topic(recordId);
    }
}
