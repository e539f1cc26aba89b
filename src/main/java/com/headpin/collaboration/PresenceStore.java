package com.headpin.collaboration;

import java.util.List;
import java.util.Set;

/** Where presence lives: in this process, or in Redis so that every node sees every node's users. */
interface PresenceStore {

    void put(PresenceEntry entry);

    void remove(String topic, String key);

    /** Entries of a topic that have not expired at {@code now}. */
    List<PresenceEntry> list(String topic, long now);

    /** Removes expired entries everywhere; returns the topics that lost someone. */
    Set<String> purgeExpired(long now);
}
