package com.headpin.collaboration;

import java.util.List;
import java.util.function.Consumer;

import com.headpin.shared.Topic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Service;

/**
 * How views follow changes: {@code liveUpdates.subscribe(this, topic, changes -> reload())} in a view's
 * constructor. Listening starts on attach and stops on detach; the handler runs inside {@code UI.access} with the
 * changes of the last quarter second, so a burst costs one reload.
 */
@Service
public class LiveUpdates {

    private final UiSubscriptions subscriptions;
    private final CollaborationBus bus;
    private final Codec codec;

    LiveUpdates(UiSubscriptions subscriptions, CollaborationBus bus, Codec codec) {
        this.subscriptions = subscriptions;
        this.bus = bus;
        this.codec = codec;
    }

    public Registration subscribe(Component owner, Topic topic, Consumer<List<Change>> handler) {
        return subscriptions.subscribe(owner, Envelope.CHANGE, topic, e -> codec.read(e.body(), Change.class),
                handler);
    }

    /** Subscriptions currently listening on this node (for tests and diagnostics). */
    public int activeSubscriptions() {
        return subscriptions.activeCount();
    }

    /** Bus listeners on this node, including non-UI ones. */
    public int busListeners() {
        return bus.subscriberCount();
    }
}
