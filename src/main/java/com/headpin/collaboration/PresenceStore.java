package com.headpin.collaboration;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where presence lives: in this process, or in Redis so that every node sees every node's users. */
interface PresenceStore {

    void put(PresenceEntry entry);

    void remove(String topic, String key);

    /** Entries of a topic that have not expired at {@code now}. */
    List<PresenceEntry> list(String topic, long now);

    /** Entries of each topic that have not expired at {@code now}; topics without any may be left out. */
    default Map<String, List<PresenceEntry>> listAll(Collection<String> topics, long now) {
        Map<String, List<PresenceEntry>> result = new HashMap<>();
        topics.forEach(topic -> result.put(topic, list(topic, now)));
        return result;
    }

    /** Removes expired entries everywhere; returns the topics that lost someone. */
    Set<String> purgeExpired(long now);
}
