package com.headpin.collaboration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Presence shared by all nodes: a Redis hash per topic (entry key → entry JSON with its expiry) and a set of topics.
 * Nodes renew their entries by heartbeat; entries of a crashed node expire and are purged by the others.
 * When Redis is away, presence degrades to "nobody else visible" instead of failing the view.
 */
class RedisPresenceStore implements PresenceStore {

    private static final String TOPICS = "headpin:presence:topics";
    private static final Logger log = LoggerFactory.getLogger(RedisPresenceStore.class);

    private final StringRedisTemplate redis;
    private final Codec codec;

    RedisPresenceStore(StringRedisTemplate redis, Codec codec) {
        this.redis = redis;
        this.codec = codec;
    }

    @Override
    public void put(PresenceEntry entry) {
        quietly(() -> {
            redis.opsForHash().put(hash(entry.topic()), entry.key(), codec.write(entry));
            redis.opsForSet().add(TOPICS, entry.topic());
        });
    }

    @Override
    public void remove(String topic, String key) {
        quietly(() -> redis.opsForHash().delete(hash(topic), key));
    }

    @Override
    public List<PresenceEntry> list(String topic, long now) {
        List<PresenceEntry> result = new ArrayList<>();
        quietly(() -> redis.opsForHash().values(hash(topic)).forEach(value -> {
            PresenceEntry entry = codec.read(String.valueOf(value), PresenceEntry.class);
            if (entry.expiresAt() > now) {
                result.add(entry);
            }
        }));
        return result;
    }

    /** One round trip for all the topics (a pipeline), not one per topic. */
    @Override
    public Map<String, List<PresenceEntry>> listAll(Collection<String> topics, long now) {
        List<String> names = List.copyOf(topics);
        Map<String, List<PresenceEntry>> result = new HashMap<>();
        quietly(() -> {
            List<Object> values = redis.executePipelined((RedisCallback<Object>) connection -> {
                names.forEach(topic -> connection.hashCommands().hVals(hash(topic).getBytes(StandardCharsets.UTF_8)));
                return null;
            });
            for (int i = 0; i < names.size() && i < values.size(); i++) {
                List<PresenceEntry> entries = new ArrayList<>();
                if (values.get(i) instanceof Collection<?> list) {
                    list.forEach(value -> {
                        PresenceEntry entry = codec.read(String.valueOf(value), PresenceEntry.class);
                        if (entry.expiresAt() > now) {
                            entries.add(entry);
                        }
                    });
                }
                result.put(names.get(i), entries);
            }
        });
        return result;
    }

    @Override
    public Set<String> purgeExpired(long now) {
        Set<String> changed = new HashSet<>();
        quietly(() -> {
            Set<String> topics = redis.opsForSet().members(TOPICS);
            for (String topic : topics == null ? Set.<String>of() : topics) {
                Map<Object, Object> entries = redis.opsForHash().entries(hash(topic));
                if (entries.isEmpty()) {
                    redis.opsForSet().remove(TOPICS, topic);
                    continue;
                }
                entries.forEach((key, value) -> {
                    if (codec.read(String.valueOf(value), PresenceEntry.class).expiresAt() <= now) {
                        redis.opsForHash().delete(hash(topic), key);
                        changed.add(topic);
                    }
                });
            }
        });
        return changed;
    }

    private static String hash(String topic) {
        return "headpin:presence:" + topic;
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.debug("Presence not shared while Redis is unreachable: {}", e.getMessage());
        }
    }
}
