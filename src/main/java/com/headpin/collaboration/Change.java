package com.headpin.collaboration;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * "Record {@code recordId} of {@code recordType} changed ({@code fields}) by user {@code userId}". Carries ids only:
 * receivers reload from the database, which stays the single source of truth.
 */
public record Change(Topic topic, String recordType, @Nullable Long recordId, Set<String> fields, long userId,
                     Instant at) {

    public Change {
        fields = Set.copyOf(fields);
    }

    public boolean touches(String field) {
        return fields.isEmpty() || fields.contains(field);
    }
}
