package com.headpin.collaboration;

import java.util.List;
import java.util.Locale;

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

    /**
     * What a reader calls the record, in their language ({@code "上海浦江银行 · 核心系统升级"}), for notifications
     * about it: asked when they are shown (names change), and only for records the reader may see. "" for none.
     */
    default String name(long recordId, Locale locale) {
        return "";
    }
}
