package com.headpin.collaboration;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.headpin.shared.Actor;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who is looking at which topic. A view calls {@link #track} for what it shows and {@link #onChange} to render the
 * avatars. Entries leave when the component detaches (navigation, closed tab), the session ends or the node shuts
 * down; across nodes they are renewed by heartbeat, and a crashed node's entries are purged by the others once they
 * expire: within {@link #TTL} plus one {@link #HEARTBEAT}, under a minute.
 */
@Service
public class Presence implements VaadinServiceInitListener {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration TTL = Duration.ofSeconds(45);

    private final PresenceStore store;
    private final CollaborationBus bus;
    private final UiSubscriptions subscriptions;
    private final Clock clock;
    private final Map<String, PresenceEntry> local = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    Presence(PresenceStore store, CollaborationBus bus, UiSubscriptions subscriptions, Clock clock) {
        this.store = store;
        this.bus = bus;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** The logged-in user is present on {@code topic} while {@code owner} is attached. */
    public Registration track(Component owner, Topic topic) {
        Actor user = Actor.current().orElseThrow(() -> new IllegalStateException("Presence needs a logged-in user"));
        String key = bus.nodeId() + ":" + UUID.randomUUID();
        Runnable join = () -> owner.getUI().ifPresent(ui -> join(new PresenceEntry(key, topic.name(), user.userId(),
                user.fullName(), user.initials(), bus.nodeId(), ui.getSession().getSession() == null ? ""
                : ui.getSession().getSession().getId(), expiry())));
        Registration onAttach = owner.addAttachListener(e -> join.run());
        Registration onDetach = owner.addDetachListener(e -> leave(topic.name(), key));
        join.run();
        return () -> {
            onAttach.remove();
            onDetach.remove();
            leave(topic.name(), key);
        };
    }

    /** Calls {@code handler} (inside UI.access) with everyone present whenever that changes, and once at attach. */
    public Registration onChange(Component owner, Topic topic, Consumer<List<PresentUser>> handler) {
        Registration live = subscriptions.subscribe(owner, Envelope.PRESENCE, topic, e -> e, batch ->
                handler.accept(present(topic)));
        Registration initial = owner.addAttachListener(e -> handler.accept(present(topic)));
        owner.getUI().ifPresent(ui -> handler.accept(present(topic)));
        return () -> {
            live.remove();
            initial.remove();
        };
    }

    /** Everyone present on a topic, once per user, in the order they arrived. */
    public List<PresentUser> present(Topic topic) {
        Map<Long, PresentUser> users = new LinkedHashMap<>();
        store.list(topic.name(), clock.millis()).stream()
                .sorted(Comparator.comparingLong(PresenceEntry::expiresAt))
                .forEach(entry -> users.putIfAbsent(entry.userId(), PresentUser.of(entry)));
        return List.copyOf(users.values());
    }

    /** Presence entries held by this node (for tests and diagnostics). */
    public int localEntries() {
        return local.size();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroy -> {
            // Once the node stops its users have left already; Tomcat ending the sessions afterwards changes nothing.
            if (stopped) {
                return;
            }
            String session = destroy.getSession().getSession() == null ? null
                    : destroy.getSession().getSession().getId();
            List.copyOf(local.values()).stream().filter(e -> e.session().equals(session))
                    .forEach(e -> leave(e.topic(), e.key()));
        });
    }

    /** Renews this node's entries and purges those of nodes that stopped renewing theirs. */
    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT15S")
    void heartbeat() {
        if (stopped) {
            return;
        }
        long until = expiry();
        local.replaceAll((key, entry) -> entry.renewedUntil(until));
        local.values().forEach(store::put);
        Set<String> changed = store.purgeExpired(clock.millis());
        changed.forEach(topic -> bus.publish(Envelope.PRESENCE, Topic.of(topic), ""));
    }

    /**
     * When the node stops ({@link LiveDeliveryShutdown}, after UI delivery has ended): no one joins any more, and
     * this node's users leave at once for the other nodes instead of expiring there.
     */
    void stop() {
        stopped = true;
        leaveAll();
    }

    /** A node that stops normally takes its users with it at once instead of leaving them to expire. */
    @PreDestroy
    void leaveAll() {
        List.copyOf(local.values()).forEach(entry -> leave(entry.topic(), entry.key()));
    }

    void join(PresenceEntry entry) {
        if (stopped) {
            return;
        }
        local.put(entry.key(), entry);
        store.put(entry);
        bus.publish(Envelope.PRESENCE, Topic.of(entry.topic()), "");
    }

    private void leave(String topic, String key) {
        if (local.remove(key) != null) {
            store.remove(topic, key);
            bus.publish(Envelope.PRESENCE, Topic.of(topic), "");
        }
    }

    private long expiry() {
        return clock.millis() + TTL.toMillis();
    }
}
