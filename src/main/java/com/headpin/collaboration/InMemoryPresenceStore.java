package com.headpin.collaboration;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

class InMemoryPresenceStore implements PresenceStore {

    private final Map<String, Map<String, PresenceEntry>> byTopic = new ConcurrentHashMap<>();

    @Override
    public void put(PresenceEntry entry) {
        byTopic.computeIfAbsent(entry.topic(), t -> new ConcurrentHashMap<>()).put(entry.key(), entry);
    }

    @Override
    public void remove(String topic, String key) {
        byTopic.computeIfPresent(topic, (t, entries) -> {
            entries.remove(key);
            return entries.isEmpty() ? null : entries;
        });
    }

    @Override
    public List<PresenceEntry> list(String topic, long now) {
        return byTopic.getOrDefault(topic, Map.of()).values().stream().filter(e -> e.expiresAt() > now).toList();
    }

    @Override
    public Set<String> purgeExpired(long now) {
        Set<String> changed = new HashSet<>();
        byTopic.forEach((topic, entries) -> {
            if (entries.values().removeIf(e -> e.expiresAt() <= now)) {
                changed.add(topic);
            }
        });
        byTopic.values().removeIf(Map::isEmpty);
        return changed;
    }
}
