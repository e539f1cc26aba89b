package com.headpin.security;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of user accounts, for publishers and subscribers alike. */
public final class UserTopics {

    public static final RecordType USER = RecordType.of("user");
    /** The user list: any user created or changed. */
    public static final Topic USERS = Topic.of("users");
    /** A user's log-ins end on every node ({@link SessionsEnded}, sent by {@link SessionEnding}). */
    public static final Topic SESSIONS = Topic.of("sessions");

    private UserTopics() {
    }
}
