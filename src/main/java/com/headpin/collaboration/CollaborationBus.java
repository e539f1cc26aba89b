package com.headpin.collaboration;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import com.headpin.shared.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers envelopes to this node's listeners at once and hands them to the transport for the other nodes.
 * Envelopes coming back from the transport with this node's id are its own echoes and are dropped.
 */
@Component
class CollaborationBus {

    private static final Logger log = LoggerFactory.getLogger(CollaborationBus.class);

    private final String nodeId = UUID.randomUUID().toString();
    private final Map<String, Set<Consumer<Envelope>>> listeners = new ConcurrentHashMap<>();
    private final Transport transport;

    CollaborationBus(Transport transport) {
        this.transport = transport;
        transport.onReceive(this::receive);
        log.info("Collaboration bus on node {} uses the {} transport", nodeId, transport.name());
    }

    String nodeId() {
        return nodeId;
    }

    void publish(String kind, Topic topic, String body) {
        Envelope envelope = new Envelope(kind, topic.name(), nodeId, body, System.currentTimeMillis());
        dispatch(envelope);
        transport.send(envelope);
    }

    /** Listens to one kind of envelope on one topic; the returned action stops listening. */
    Runnable subscribe(String kind, Topic topic, Consumer<Envelope> listener) {
        String key = key(kind, topic.name());
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    int subscriberCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    void receive(Envelope envelope) {
        if (!nodeId.equals(envelope.node())) {
            dispatch(envelope);
        }
    }

    private void dispatch(Envelope envelope) {
        Set<Consumer<Envelope>> targets = listeners.get(key(envelope.kind(), envelope.topic()));
        if (targets == null) {
            return;
        }
        for (Consumer<Envelope> target : targets) {
            try {
                target.accept(envelope);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed", envelope.topic(), e);
            }
        }
    }

    private static String key(String kind, String topic) {
        return kind + "|" + topic;
    }
}
