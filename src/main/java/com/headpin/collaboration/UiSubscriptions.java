package com.headpin.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import com.headpin.shared.Topic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ties bus listeners to a component's life: listening starts on attach and stops on detach or when the session
 * ends. Bursts are coalesced: at most one UI update per {@link #MIN_INTERVAL_MS} per subscription, delivered as a
 * batch inside {@code UI.access}. How long an update takes, from the bus to the UI, is the timer
 * {@value #DELAY_METRIC} (and, per update, a debug line of this class). When the node stops, {@link #stopDelivery}
 * ends all of it before anything a handler needs goes away.
 */
@org.springframework.stereotype.Component
class UiSubscriptions implements VaadinServiceInitListener {

    static final long MIN_INTERVAL_MS = 250;
    static final String DELAY_METRIC = "headpin.live.update.delay";
    private static final Logger log = LoggerFactory.getLogger(UiSubscriptions.class);

    private final CollaborationBus bus;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "headpin-live-updates");
        thread.setDaemon(true);
        return thread;
    });
    // The scheduler only times the flushes; each UI's update runs on its own virtual thread, so one slow UI (its
    // database reload, its push connection) does not hold up the others.
    private final ExecutorService updates = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<VaadinSession, Set<Subscription<?>>> bySession = new ConcurrentHashMap<>();
    private final Timer delay;
    private volatile boolean delivering = true;

    UiSubscriptions(CollaborationBus bus, MeterRegistry meters) {
        this.bus = bus;
        this.delay = Timer.builder(DELAY_METRIC)
                .description("From a message on the collaboration bus to the subscribed UI's update having run")
                .publishPercentiles(0.5, 0.95)
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // A session that ends (log-out, time-out) takes its subscriptions with it, even if no detach arrived.
        event.getSource().addSessionDestroyListener(destroy -> {
            Set<Subscription<?>> left = bySession.remove(destroy.getSession());
            if (left != null) {
                List.copyOf(left).forEach(Subscription::stop);
            }
        });
    }

    /** {@code decode} returns null for an envelope that is not for this subscription (another payload type). */
    <T> Registration subscribe(Component owner, String kind, Topic topic, Function<Envelope, @Nullable T> decode,
                               Consumer<List<T>> handler) {
        if (!delivering) {
            return () -> { };
        }
        Subscription<T> subscription = new Subscription<>(kind, topic, decode, handler);
        Registration onAttach = owner.addAttachListener(e -> subscription.start(e.getUI()));
        Registration onDetach = owner.addDetachListener(e -> subscription.stop());
        owner.getUI().ifPresent(subscription::start);
        return () -> {
            onAttach.remove();
            onDetach.remove();
            subscription.stop();
        };
    }

    int activeCount() {
        return bySession.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Ends live delivery on this node for good: every subscription stops, pending updates are dropped, an update
     * already queued in a UI finds its subscription stopped and does nothing, and new subscriptions are refused.
     * Called when the node starts to stop ({@link LiveDeliveryShutdown}), while translations, services and the
     * database still work: after the Spring context has closed, a handler run from a UI's queue can only fail.
     * Waits a moment for updates that are running right now.
     */
    void stopDelivery() {
        delivering = false;
        bySession.values().stream().flatMap(Set::stream).toList().forEach(Subscription::stop);
        scheduler.shutdownNow();
        updates.shutdown();
        try {
            if (!updates.awaitTermination(2, TimeUnit.SECONDS)) {
                log.warn("Live updates were still running two seconds after the node began to stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
        updates.shutdownNow();
    }

    private final class Subscription<T> {
        private final String kind;
        private final Topic topic;
        private final Function<Envelope, @Nullable T> decode;
        private final Consumer<List<T>> handler;
        private final List<T> pending = new ArrayList<>();
        private long oldestSentAt;
        private UI ui;
        private @Nullable Authentication viewer;
        private Runnable unsubscribe;
        private boolean scheduled;
        private long lastFlush;

        Subscription(String kind, Topic topic, Function<Envelope, @Nullable T> decode, Consumer<List<T>> handler) {
            this.kind = kind;
            this.topic = topic;
            this.decode = decode;
            this.handler = handler;
        }

        synchronized void start(UI target) {
            if (unsubscribe != null || !delivering) {
                return;
            }
            ui = target;
            // Whose UI this is, from the thread that attaches it: updates run as them on whichever thread gets the
            // UI's lock (the session's security context where there is one, as in a browser; this one where not).
            viewer = SecurityContextHolder.getContext().getAuthentication();
            unsubscribe = bus.subscribe(kind, topic, this::onEnvelope);
            bySession.computeIfAbsent(target.getSession(), s -> ConcurrentHashMap.newKeySet()).add(this);
        }

        synchronized void stop() {
            if (unsubscribe == null) {
                return;
            }
            unsubscribe.run();
            unsubscribe = null;
            pending.clear();
            if (ui != null) {
                bySession.computeIfPresent(ui.getSession(), (s, set) -> {
                    set.remove(this);
                    return set.isEmpty() ? null : set;
                });
            }
        }

        private void onEnvelope(Envelope envelope) {
            T message = decode.apply(envelope);
            synchronized (this) {
                if (unsubscribe == null || message == null) {
                    return;
                }
                if (pending.isEmpty()) {
                    oldestSentAt = envelope.sentAt();
                }
                pending.add(message);
                if (!scheduled) {
                    scheduled = true;
                    long delay = Math.max(0, lastFlush + MIN_INTERVAL_MS - System.currentTimeMillis());
                    try {
                        if (delay == 0) {
                            updates.execute(this::flush);
                        } else {
                            scheduler.schedule(() -> updates.execute(this::flush), delay, TimeUnit.MILLISECONDS);
                        }
                    } catch (RejectedExecutionException stopping) {
                        pending.clear();
                        scheduled = false;
                    }
                }
            }
        }

        private synchronized boolean active() {
            return unsubscribe != null;
        }

        private void flush() {
            List<T> batch;
            UI target;
            long sentAt;
            synchronized (this) {
                batch = List.copyOf(pending);
                pending.clear();
                scheduled = false;
                lastFlush = System.currentTimeMillis();
                target = ui;
                sentAt = oldestSentAt;
            }
            if (batch.isEmpty() || target == null || !delivering) {
                return;
            }
            try {
                target.access(() -> {
                    // A dialog closed, or the node began to stop, while this update waited for the UI lock.
                    if (active() && delivering) {
                        asViewer(() -> handler.accept(batch));
                        measure(sentAt);
                    }
                });
            } catch (UIDetachedException detached) {
                stop();
            } catch (RuntimeException e) {
                log.warn("Live update of {} failed", topic, e);
            }
        }

        private void asViewer(Runnable update) {
            SecurityContext previous = SecurityContextHolder.getContext();
            if (viewer == null || previous.getAuthentication() == viewer) {
                update.run();
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(viewer);
            SecurityContextHolder.setContext(context);
            try {
                update.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }

        private void measure(long sentAt) {
            if (sentAt > 0) {
                long millis = Math.max(0, System.currentTimeMillis() - sentAt);
                delay.record(millis, TimeUnit.MILLISECONDS);
                log.debug("Live {} of {} ran {} ms after it was sent", kind, topic, millis);
            }
        }
    }
}
