package com.headpin.collaboration;

import java.time.Instant;
import java.util.Set;

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
        return recordId != null && Topic.record(recordType, recordId).equals(recordTopic);
    }

    public boolean touches(String field) {
        return fields.isEmpty() || fields.contains(field);
    }
}
