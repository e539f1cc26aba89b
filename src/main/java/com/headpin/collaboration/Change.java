package com.headpin.collaboration;

import java.time.Instant;
import java.util.Set;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;
import org.jspecify.annotations.Nullable;

/**
 * "Record {@code recordId} of {@code recordType} changed ({@code fields}) by user {@code userId}". Carries ids only:
 * receivers reload from the database, which stays the single source of truth. {@code userName} is who saved, as
 * the name to show ("Wang Wei just saved ..."); empty for the system or from a node of an older version.
 */
public record Change(Topic topic, String recordType, @Nullable Long recordId, Set<String> fields, long userId,
                     String userName, Instant at) {

    public Change {
        fields = Set.copyOf(fields);
        userName = userName == null ? "" : userName;
    }

    public Change(Topic topic, String recordType, @Nullable Long recordId, Set<String> fields, long userId,
                  Instant at) {
        this(topic, recordType, recordId, fields, userId, "", at);
    }

    /** Whether the change is about the record whose topic this is, not another record announced on it. */
    public boolean isAbout(Topic recordTopic) {
        return recordId != null && (recordType + ":" + recordId).equals(recordTopic.name());
    }

    /** Whether the changed record is of this type (the topic may be a list that announces several types). */
    public boolean is(RecordType type) {
        return type.name().equals(recordType);
    }

    public boolean touches(String field) {
        return fields.isEmpty() || fields.contains(field);
    }
}
