package com.headpin.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.headpin.CapturedLog;
import com.headpin.TestNodes;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node stopped while a user's UI has updates queued (issue 9): the live updates are dropped rather than run after
 * the Spring context has closed, the other UI work that fails then is logged once with a count, and the error
 * handler cannot feed itself. Before the fix this test never ended on its own: each failure queued a notification
 * that failed again, and it stopped only because {@link CapturedLog} refuses to take a flood.
 * <p>
 * Tomcat ends its sessions only after the Spring context has closed; the test does the same with its Karibu session:
 * it holds the session's lock as a request in progress would, so updates queue up, closes the context, then the
 * request ends (Vaadin runs the queue, errors going to the session's error handler) and the session is closed.
 */
class NodeShutdownIT {

    private static final Topic TOPIC = Topic.of("it:shutdown");
    private static final int OTHER_UI_WORK = 12;

    private CapturedLog log;
    private final SecurityContextHolderStrategy testsStrategy = SecurityContextHolder.getContextHolderStrategy();
    private ConfigurableApplicationContext node;
    private boolean sessionEnded;

    @Test
    void aNodeWithFailingUpdatesQueuedStopsAndLogsABoundedAmount() {
        node = TestNodes.start("shutdown", null, null);
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), node, UI::new));
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        LiveUpdates liveUpdates = node.getBean(LiveUpdates.class);
        Presence presence = node.getBean(Presence.class);
        CollaborationBus bus = node.getBean(CollaborationBus.class);

        // Two live views like Home's online card: their handlers translate, which fails once the context is closed.
        AtomicInteger handled = new AtomicInteger();
        Div list = new Div();
        Div online = new Div();
        ui.add(list, online);
        liveUpdates.subscribe(list, TOPIC, changes -> {
            handled.incrementAndGet();
            list.setText(list.getTranslation("home.online.none"));
        });
        presence.onChange(online, TOPIC, present -> {
            handled.incrementAndGet();
            online.setText(online.getTranslation("home.online.none"));
        });
        int handledAtAttach = handled.get();
        // A colleague on this node joins, and a record changes: both updates queue behind the held session lock.
        presence.join(new PresenceEntry(bus.nodeId() + ":colleague", TOPIC.name(), 7, "Li Na", "LN", bus.nodeId(),
                "s-colleague", Long.MAX_VALUE));
        bus.publish(Envelope.CHANGE, TOPIC, node.getBean(Codec.class).write(new Change(TOPIC, "account", 1L,
                Set.of("name"), 7, Instant.now())));
        await().until(() -> session.getPendingAccessQueue().size() >= 2);
        // Other UI work queued at the same moment, which needs the context too (a translation).
        for (int i = 0; i < OTHER_UI_WORK; i++) {
            ui.access(() -> list.setText(list.getTranslation("home.online.none")));
        }

        log = CapturedLog.attachToRoot();
        node.close();
        assertThat(node.isActive()).isFalse();
        assertThat(liveUpdates.activeSubscriptions()).isZero();
        assertThat(presence.localEntries()).isZero();
        // What Tomcat does once the context has closed: the request holding the session ends (the UI's queue runs),
        // then the session ends.
        session.unlock();
        session.lock();
        MockVaadin.tearDown();
        sessionEnded = true;

        assertThat(handled.get()).as("live handlers run after the node began to stop").isEqualTo(handledAtAttach);
        assertThat(log.count()).as("log events while stopping:\n%s", log.describe()).isLessThan(50);
        List<ILoggingEvent> fromHandler = log.events().stream()
                .filter(e -> e.getLoggerName().endsWith("FriendlyErrorHandling")).toList();
        assertThat(fromHandler).filteredOn(e -> e.getThrowableProxy() != null).as(log.describe()).hasSize(1);
        assertThat(fromHandler).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("Unexpected error in the UI — the same error 10 times"));
    }

    @AfterEach
    void cleanUp() {
        if (log != null) {
            log.close();
        }
        if (!sessionEnded) {
            try {
                MockVaadin.tearDown();
            } catch (RuntimeException | AssertionError halfWay) {
                // The test failed with the session unlocked: Karibu cannot close it any more.
                CurrentInstance.clearAll();
            }
        }
        if (node != null) {
            node.close();
        }
        SecurityContextHolder.setContextHolderStrategy(testsStrategy);
    }
}
