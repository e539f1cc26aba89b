package com.headpin.collaboration;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.headpin.shared.Actor;
import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who is looking at which topic. A view calls {@link #track} for what it shows and {@link #onChange} to render the
 * avatars. Entries leave when the component detaches (navigation), the session ends or the node shuts down. A tab
 * that was closed, crashed or lost its network detaches only much later, and the browser's unload beacon is not to
 * be trusted: so an entry is renewed only while its UI sends Vaadin heartbeats (every 30 s), and leaves once its UI
 * has been silent for {@link #UI_SILENCE} (a closed tab is gone for everyone within about a minute); it comes back
 * if the heartbeats do. Across nodes entries are renewed every {@link #HEARTBEAT}, and a crashed node's entries are
 * purged by the others once they expire: within {@link #TTL} plus one {@link #HEARTBEAT}, under a minute.
 */
@Service
public class Presence implements VaadinServiceInitListener {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration TTL = Duration.ofSeconds(45);
    /** Two missed UI heartbeats ({@code vaadin.heartbeat-interval: 30}): the tab is closed or cut off. */
    static final Duration UI_SILENCE = Duration.ofSeconds(60);

    private final PresenceStore store;
    private final CollaborationBus bus;
    private final UiSubscriptions subscriptions;
    private final Clock clock;
    private final Map<String, Held> local = new ConcurrentHashMap<>();
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
        AtomicReference<Registration> heartbeats = new AtomicReference<>(() -> { });
        Consumer<UI> join = ui -> {
            heartbeats.getAndSet(ui.addHeartbeatListener(beat -> uiHeartbeat(key))).remove();
            join(new PresenceEntry(key, topic.name(), user.userId(), user.fullName(), user.initials(), bus.nodeId(),
                    ui.getSession().getSession() == null ? "" : ui.getSession().getSession().getId(), expiry()));
        };
        Runnable leave = () -> {
            heartbeats.getAndSet(() -> { }).remove();
            leave(topic.name(), key);
        };
        Registration onAttach = owner.addAttachListener(e -> join.accept(e.getUI()));
        Registration onDetach = owner.addDetachListener(e -> leave.run());
        owner.getUI().ifPresent(join);
        return () -> {
            onAttach.remove();
            onDetach.remove();
            leave.run();
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
        return users(store.list(topic.name(), clock.millis()));
    }

    private static List<PresentUser> users(List<PresenceEntry> entries) {
        Map<Long, PresentUser> users = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparingLong(PresenceEntry::expiresAt))
                .forEach(entry -> users.putIfAbsent(entry.userId(), PresentUser.of(entry)));
        return List.copyOf(users.values());
    }

    /**
     * Everyone present on each of the topics, as {@link #present(Topic)} answers for one: a board asks once for a
     * page of cards, not once per card.
     */
    public Map<Topic, List<PresentUser>> present(Collection<Topic> topics) {
        long now = clock.millis();
        Map<String, List<PresenceEntry>> entries = store.listAll(topics.stream().map(Topic::name).toList(), now);
        Map<Topic, List<PresentUser>> result = new LinkedHashMap<>();
        topics.forEach(topic -> result.put(topic, users(entries.getOrDefault(topic.name(), List.of()))));
        return result;
    }

    /**
     * Calls {@code handler} (inside UI.access) with the ids of records of {@code type} whose presence changed, while
     * {@code owner} is attached: one subscription for a whole board instead of one per record.
     */
    public Registration onChangeIn(Component owner, RecordType type, Consumer<Set<Long>> handler) {
        return subscriptions.subscribe(owner, Envelope.PRESENCE, anyOf(type), e -> parseId(e.body()),
                ids -> handler.accept(Set.copyOf(ids)));
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
            List.copyOf(local.values()).stream().map(Held::entry).filter(e -> e.session().equals(session))
                    .forEach(e -> leave(e.topic(), e.key()));
        });
    }

    /**
     * Renews this node's entries whose UIs still send heartbeats, takes away those whose UIs fell silent, and purges
     * the entries of nodes that stopped renewing theirs.
     */
    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT15S")
    void heartbeat() {
        if (stopped) {
            return;
        }
        long now = clock.millis();
        long until = expiry();
        Set<String> changed = new HashSet<>();
        local.values().forEach(held -> {
            if (held.renewOrTakeAway(now - UI_SILENCE.toMillis(), until)) {
                changed.add(held.entry().topic());
            }
        });
        changed.addAll(store.purgeExpired(now));
        changed.forEach(this::announce);
    }

    /** The UI showing {@code key} is open: renew the entry from now on, and show it again if it had fallen silent. */
    private void uiHeartbeat(String key) {
        Held held = local.get(key);
        if (held != null && !stopped && held.heard(clock.millis(), expiry())) {
            announce(held.entry().topic());
        }
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
        List.copyOf(local.values()).stream().map(Held::entry).forEach(entry -> leave(entry.topic(), entry.key()));
    }

    void join(PresenceEntry entry) {
        if (stopped) {
            return;
        }
        local.put(entry.key(), new Held(entry, clock.millis()));
        store.put(entry);
        announce(entry.topic());
    }

    private void leave(String topic, String key) {
        if (local.remove(key) != null) {
            store.remove(topic, key);
            announce(topic);
        }
    }

    /** Tells the topic's viewers, and for a record's topic ({@code deal:42}) also those following its type. */
    private void announce(String topic) {
        bus.publish(Envelope.PRESENCE, Topic.of(topic), "");
        int colon = topic.lastIndexOf(':');
        if (colon > 0 && parseId(topic.substring(colon + 1)) != null) {
            bus.publish(Envelope.PRESENCE, Topic.of(topic.substring(0, colon) + ":*"), topic.substring(colon + 1));
        }
    }

    private static Topic anyOf(RecordType type) {
        return Topic.of(type.name() + ":*");
    }

    private static @Nullable Long parseId(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(text);
    }

    private long expiry() {
        return clock.millis() + TTL.toMillis();
    }

    /** One of this node's entries, when its UI was last heard from, and whether the others see it. */
    private final class Held {

        private PresenceEntry entry;
        private long lastHeard;
        private boolean silent;

        Held(PresenceEntry entry, long heardAt) {
            this.entry = entry;
            this.lastHeard = heardAt;
        }

        synchronized PresenceEntry entry() {
            return entry;
        }

        /** Renews the entry, or takes it away from the others if not heard from since then; true if taken now. */
        synchronized boolean renewOrTakeAway(long heardSince, long until) {
            if (silent) {
                return false;
            }
            if (lastHeard < heardSince) {
                silent = true;
                store.remove(entry.topic(), entry.key());
                return true;
            }
            entry = entry.renewedUntil(until);
            store.put(entry);
            return false;
        }

        /** A heartbeat of its UI; true if the entry had been taken away and is shown again. */
        synchronized boolean heard(long now, long until) {
            lastHeard = now;
            if (!silent) {
                return false;
            }
            silent = false;
            entry = entry.renewedUntil(until);
            store.put(entry);
            return true;
        }
    }
}
