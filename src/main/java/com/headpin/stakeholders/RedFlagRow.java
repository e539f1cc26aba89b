package com.headpin.stakeholders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A manual red flag or strength as loaded at {@code version}: who raised it (name blank: the system) and when, whose
 * it is to clear, and once cleared by whom, when and why. {@code mayClear}: whether the reader may clear or reopen it.
 */
public record RedFlagRow(long id, long version, long dealId, FlagKind kind, FlagCategory category, String text,
                         long ownerId, String ownerName, long raisedBy, String raisedByName, Instant raisedAt,
                         @Nullable Long clearedBy, @Nullable String clearedByName, @Nullable Instant clearedAt,
                         @Nullable String clearingNote, boolean mayClear) {

    public boolean isOpen() {
        return clearedAt == null;
    }

    public RedFlagInput input() {
        return new RedFlagInput(version, category, text, ownerId);
    }
}
