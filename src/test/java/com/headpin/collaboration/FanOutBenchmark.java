package com.headpin.collaboration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.headpin.BenchSessions;
import com.headpin.KaribuTest;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server-side fan-out of one change to 1,000 subscribed UIs, each in its own session: bus dispatch, decoding,
 * coalescing, each UI's update on its own virtual thread under its session lock ({@code UI.access}), the view's
 * handler (a label takes the changed record's name) and the push message encoded for the browser, until all 1,000
 * messages are ready to go out (only writing them to the sockets is left out). Not a test (no assertion on time):
 * run with {@code ./mvnw test -Dgroups=bench -Dheadpin.excluded-groups=none -Dtest=FanOutBenchmark}; results go
 * to bench/README.md.
 */
@Tag("bench")
class FanOutBenchmark extends KaribuTest {

    private static final int UIS = 1_000;
    private static final int ROUNDS = 200;
    private static final int WARM_UP = 50;

    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    CollaborationBus bus;
    @Autowired
    Codec codec;

    @Test
    void fanOutToAThousandSubscribedUis() throws Exception {
        openAs("admin");
        Topic topic = Topic.of("bench:fan-out");
        AtomicReference<CountDownLatch> pushed = new AtomicReference<>(new CountDownLatch(0));
        List<VaadinSession> sessions = new ArrayList<>();
        for (int i = 0; i < UIS; i++) {
            sessions.add(sessionWithSubscribedUi(i, topic, pushed));
        }
        List<Long> micros = new ArrayList<>();
        // Rounds 250 ms apart: each UI's first update goes out at once, none waits for the coalescing interval.
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            Thread.sleep(UiSubscriptions.MIN_INTERVAL_MS);
            pushed.set(new CountDownLatch(UIS));
            String body = codec.write(new Change(topic, "org-unit", (long) round, Set.of("name"), 1, Instant.now()));
            long start = System.nanoTime();
            bus.publish(Envelope.CHANGE, topic, body);
            if (!pushed.get().await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fan-out did not complete");
            }
            if (round >= WARM_UP) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        BenchSessions.close(sessions);
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf("FAN-OUT %d UIs, %d rounds after %d warm-up: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                UIS, sorted.size(), WARM_UP, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0, sorted.getLast() / 1000.0);
    }

    /** A session of its own (own lock, as every browser has), one UI with automatic push and a subscribed label. */
    private VaadinSession sessionWithSubscribedUi(int index, Topic topic, AtomicReference<CountDownLatch> pushed) {
        VaadinService service = VaadinService.getCurrent();
        WrappedHttpSession http = new WrappedHttpSession(new FakeHttpSession("bench-" + index,
                ((VaadinServletService) service).getServlet().getServletContext(), System.currentTimeMillis(), 1800));
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        http.setAttribute(service.getServiceName() + ".lock", lock);
        VaadinSession session = new VaadinSession(service);
        session.refreshTransients(http, service);
        try {
            UI ui = new UI();
            ui.getInternals().setSession(session);
            ui.doInit(VaadinRequest.getCurrent(), 1_000 + index, "bench");
            session.addUI(ui);
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            ui.getInternals().setPushConnection(new EncodingOnlyPush(ui, pushed));
            Span label = new Span();
            ui.add(label);
            liveUpdates.subscribe(label, topic, changes -> label.setText("Unit " + changes.getLast().recordId()));
        } finally {
            session.unlock();
        }
        return session;
    }

    /** Encodes what the UI would send, as the real push connection does, and counts it instead of writing it. */
    private record EncodingOnlyPush(UI ui, AtomicReference<CountDownLatch> pushed) implements PushConnection {

        @Override
        public void push() {
            new UidlWriter().createUidl(ui, true);
            pushed.get().countDown();
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }
}
