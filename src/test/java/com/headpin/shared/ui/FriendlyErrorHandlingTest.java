package com.headpin.shared.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.CapturedLog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error handler never feeds itself (issue 9): a notification that fails, even one that fails into the handler,
 * ends in one log line instead of a loop; once the node stops no notification is queued at all.
 */
class FriendlyErrorHandlingTest {

    private final AtomicInteger notifications = new AtomicInteger();
    private CapturedLog log;
    private UI ui;
    private VaadinSession session;

    @BeforeEach
    void openOn() {
        MockVaadin.setup();
        ui = UI.getCurrent();
        session = ui.getSession();
        log = CapturedLog.attach(FriendlyErrorHandling.class);
    }

    @AfterEach
    void closeUi() {
        log.close();
        MockVaadin.tearDown();
    }

    @Test
    void aNotificationThatFailsIsLoggedOnceAndDoesNotComeBack() {
        FriendlyErrorHandling handler = new FriendlyErrorHandling(key -> {
            notifications.incrementAndGet();
            throw new IllegalStateException("context closed");
        });
        session.setErrorHandler(handler::handle);
        for (int i = 0; i < 3; i++) {
            ui.access(() -> {
                throw new IllegalStateException("context closed");
            });
        }

        MockVaadin.runUIQueue(true);

        assertThat(notifications).hasValue(3);
        assertThat(log.withStackTrace()).extracting(e -> e.getFormattedMessage())
                .containsExactly("Unexpected error in the UI", "Could not show the error notification");
        assertThat(log.count()).isEqualTo(2);
    }

    @Test
    void aNotificationThatFailsIntoTheHandlerIsOnlyCounted() {
        FriendlyErrorHandling[] handler = new FriendlyErrorHandling[1];
        handler[0] = new FriendlyErrorHandling(key -> {
            notifications.incrementAndGet();
            handler[0].handle(new ErrorEvent(new IllegalStateException("again")));
        });
        // Called without the session lock, the handler's UI.access runs the notification at once, on this thread.
        session.unlock();
        try {
            handler[0].handle(new ErrorEvent(new IllegalStateException("first")));
        } finally {
            session.lock();
        }

        assertThat(notifications).hasValue(1);
        assertThat(log.messages())
                .containsExactly("Unexpected error in the UI", "A UI error while handling another one");
    }

    @Test
    void onceTheNodeStopsNoNotificationIsQueued() {
        FriendlyErrorHandling handler = new FriendlyErrorHandling(key -> notifications.incrementAndGet());
        handler.handle(new ErrorEvent(new IllegalStateException("before")));
        MockVaadin.runUIQueue(true);
        assertThat(notifications).hasValue(1);

        handler.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));
        handler.handle(new ErrorEvent(new IllegalStateException("while stopping")));

        assertThat(session.getPendingAccessQueue()).isEmpty();
        assertThat(notifications).hasValue(1);
        assertThat(log.withStackTrace()).hasSize(2);
    }

    @Test
    void whenTheDatabaseCannotBeReachedTheUserIsToldSo() {
        java.util.List<String> shown = new java.util.ArrayList<>();
        FriendlyErrorHandling handler = new FriendlyErrorHandling(shown::add);
        handler.handle(new ErrorEvent(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager", new java.sql.SQLTransientConnectionException("timed out"))));
        handler.handle(new ErrorEvent(new RuntimeException(new java.sql.SQLException("Communications link failure",
                "08S01"))));
        handler.handle(new ErrorEvent(new IllegalStateException("a bug")));
        MockVaadin.runUIQueue(true);

        assertThat(shown).containsExactly("error.database-unavailable", "error.database-unavailable",
                "error.unexpected");
    }
}
