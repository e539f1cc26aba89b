package com.headpin.collaboration;

import java.util.List;

import com.headpin.shared.RecordType;

/**
 * Implemented by each module for the record types it owns, so that comments, mentions and notifications follow the
 * same visibility rule as the records themselves.
 */
public interface RecordAccess {

    RecordType recordType();

    /** Whether the logged-in user may see (and so comment on, and be notified about) the record. */
    boolean canSee(long recordId);

    /** The active users who may see the record: who a comment on it may mention. */
    List<Mentionable> mentionable(long recordId);

    /** The route that shows the record ({@code "accounts/42"}), where a notification about it leads; "" for none. */
    default String link(long recordId) {
        return "";
    }
}
