package com.headpin.collaboration;

/** One UI of one user looking at one topic, on one node, until {@code expiresAt} unless refreshed. */
record PresenceEntry(String key, String topic, long userId, String name, String initials, String node,
                     String session,
                     long expiresAt) {

    PresenceEntry renewedUntil(long until) {
        return new PresenceEntry(key, topic, userId, name, initials, node, session, until);
    }
}
