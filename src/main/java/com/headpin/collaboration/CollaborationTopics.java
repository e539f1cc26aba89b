package com.headpin.collaboration;

import com.headpin.shared.RecordType;

/** The record types and topics of the collaboration module itself. */
public final class CollaborationTopics {

    /** A user's notifications, as one "record" per user: {@code NOTIFICATIONS.topic(userId)} is their bell. */
    public static final RecordType NOTIFICATIONS = RecordType.of("notifications");

    private CollaborationTopics() {
    }
}
