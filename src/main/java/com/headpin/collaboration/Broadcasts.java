package com.headpin.collaboration;

import java.util.List;
import java.util.function.Consumer;

import com.headpin.shared.Topic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Short-lived messages to everyone listening on a topic, on every node, with nothing stored: a presenter's "now
 * showing deal 7", a "your session has ended". A payload is a small record, sent as JSON with its type's name; a
 * listener gets only payloads of the type it asked for. Sent at once, not after a commit: for changes to stored
 * records publish {@code RecordChanged} instead. A node that is down or starting misses what is sent meanwhile.
 */
@Service
public class Broadcasts {

    private static final Logger log = LoggerFactory.getLogger(Broadcasts.class);

    private final CollaborationBus bus;
    private final UiSubscriptions subscriptions;
    private final Codec codec;

    Broadcasts(CollaborationBus bus, UiSubscriptions subscriptions, Codec codec) {
        this.bus = bus;
        this.subscriptions = subscriptions;
        this.codec = codec;
    }

    public void send(Topic topic, Record payload) {
        bus.publish(Envelope.BROADCAST, topic,
                codec.write(new Body(payload.getClass().getName(), codec.write(payload))));
    }

    /**
     * A view follows {@code topic}: listening starts on attach and stops on detach; {@code handler} runs inside
     * {@code UI.access} once per payload, in order (a burst arrives in one UI update).
     */
    public <T extends Record> Registration subscribe(Component owner, Topic topic, Class<T> type,
                                                     Consumer<T> handler) {
        return subscribeBatches(owner, topic, type, batch -> batch.forEach(handler));
    }

    /** As {@link #subscribe}, with the payloads of the last quarter second as one list (e.g. to keep the last). */
    public <T extends Record> Registration subscribeBatches(Component owner, Topic topic, Class<T> type,
                                                            Consumer<List<T>> handler) {
        return subscriptions.subscribe(owner, Envelope.BROADCAST, topic, e -> decode(e, type), handler);
    }

    /**
     * A service listens on this node (e.g. to end a user's sessions held here). {@code handler} runs on the
     * delivering thread (the sender's on this node, the Redis listener's for others): keep it short.
     */
    public <T extends Record> Registration listen(Topic topic, Class<T> type, Consumer<T> handler) {
        Runnable stop = bus.subscribe(Envelope.BROADCAST, topic, envelope -> {
            T payload = decode(envelope, type);
            if (payload != null) {
                handler.accept(payload);
            }
        });
        return stop::run;
    }

    private <T> @Nullable T decode(Envelope envelope, Class<T> type) {
        Body body = codec.read(envelope.body(), Body.class);
        if (!type.getName().equals(body.type())) {
            log.debug("Broadcast of {} on {} is not a {}", body.type(), envelope.topic(), type.getName());
            return null;
        }
        return codec.read(body.payload(), type);
    }

    /** What travels: the payload's type name and its JSON. */
    record Body(String type, String payload) {
    }
}
