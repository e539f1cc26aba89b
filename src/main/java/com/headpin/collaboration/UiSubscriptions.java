package com.headpin.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties bus listeners to a component's life: listening starts on attach and stops on detach or when the session
 * ends. Bursts are coalesced: at most one UI update per {@link #MIN_INTERVAL_MS} per subscription, delivered as a
 * batch inside {@code UI.access}.
 */
@org.springframework.stereotype.Component
class UiSubscriptions implements VaadinServiceInitListener {

    static final long MIN_INTERVAL_MS = 250;
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

    UiSubscriptions(CollaborationBus bus) {
        this.bus = bus;
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

    <T> Registration subscribe(Component owner, String kind, Topic topic, Function<Envelope, T> decode,
                               Consumer<List<T>> handler) {
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

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
        updates.shutdownNow();
    }

    private final class Subscription<T> {
        private final String kind;
        private final Topic topic;
        private final Function<Envelope, T> decode;
        private final Consumer<List<T>> handler;
        private final List<T> pending = new ArrayList<>();
        private UI ui;
        private Runnable unsubscribe;
        private boolean scheduled;
        private long lastFlush;

        Subscription(String kind, Topic topic, Function<Envelope, T> decode, Consumer<List<T>> handler) {
            this.kind = kind;
            this.topic = topic;
            this.decode = decode;
            this.handler = handler;
        }

        synchronized void start(UI target) {
            if (unsubscribe != null) {
                return;
            }
            ui = target;
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
                if (unsubscribe == null) {
                    return;
                }
                pending.add(message);
                if (!scheduled) {
                    scheduled = true;
                    long delay = Math.max(0, lastFlush + MIN_INTERVAL_MS - System.currentTimeMillis());
                    if (delay == 0) {
                        updates.execute(this::flush);
                    } else {
                        scheduler.schedule(() -> updates.execute(this::flush), delay, TimeUnit.MILLISECONDS);
                    }
                }
            }
        }

        private void flush() {
            List<T> batch;
            UI target;
            synchronized (this) {
                batch = List.copyOf(pending);
                pending.clear();
                scheduled = false;
                lastFlush = System.currentTimeMillis();
                target = ui;
            }
            if (batch.isEmpty() || target == null) {
                return;
            }
            try {
                target.access(() -> handler.accept(batch));
            } catch (UIDetachedException detached) {
                stop();
            } catch (RuntimeException e) {
                log.warn("Live update of {} failed", topic, e);
            }
        }
    }
}
