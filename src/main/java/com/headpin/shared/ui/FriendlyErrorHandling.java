package com.headpin.shared.ui;

import java.util.function.Consumer;

import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RepeatedErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No stack traces in the browser: an exception that escapes a listener is logged with its details and the user
 * sees a short translated message instead. Views still handle the errors they expect (invalid input, conflicts).
 * While the database cannot be reached the message says so; the failed action changed nothing on screen, so a form
 * keeps what was typed and its save can simply be tried again. (Errors while opening a view: {@link ErrorView}.)
 * <p>
 * Nothing this handler does may fail back into it: the notification it queues catches its own failure, a call made
 * while handling on the same thread is only counted, and once the node stops no notification is queued at all
 * (after the Spring context has closed, showing one fails as the original error did — a loop that once wrote
 * hundreds of MB of log a second). Repeated identical errors are logged once with their stack trace, then counted.
 */
@Component
class FriendlyErrorHandling implements VaadinServiceInitListener, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandling.class);

    private final RepeatedErrors errors = new RepeatedErrors(log);
    private final ThreadLocal<Boolean> handling = new ThreadLocal<>();
    private final Consumer<String> notification;
    private volatile boolean stopping;

    FriendlyErrorHandling() {
        this(Notifications::error);
    }

    /** With another way to show the message (tests). */
    FriendlyErrorHandling(Consumer<String> notification) {
        this.notification = notification;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
        errors.report();
    }

    /** Counts of repeated errors reach the log at least once a minute. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void reportRepeats() {
        errors.report();
    }

    void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (handling.get() != null) {
            errors.error("A UI error while handling another one", error);
            return;
        }
        handling.set(Boolean.TRUE);
        try {
            notifyUser(logged(error));
        } finally {
            handling.remove();
        }
    }

    /** Logs the error (a repeated one only counted) and returns the key of what the user is told. */
    String logged(Throwable error) {
        if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Access denied: {}", error.getMessage());
            return "error.access-denied";
        }
        if (causedBy(error, InvalidInputException.class)) {
            return "error.invalid-input";
        }
        if (DatabaseUnavailable.causedBy(error)) {
            errors.warn("The database cannot be reached", error);
            return "error.database-unavailable";
        }
        errors.error("Unexpected error in the UI", error);
        return "error.unexpected";
    }

    private void notifyUser(String key) {
        UI ui = UI.getCurrent();
        if (ui == null || stopping || ui.isClosing()) {
            return;
        }
        try {
            ui.access(() -> {
                try {
                    notification.accept(key);
                } catch (RuntimeException e) {
                    errors.warn("Could not show the error notification", e);
                }
            });
        } catch (UIDetachedException gone) {
            // The tab is gone: nobody to tell.
        }
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        // Bounded: a cause chain can be a cycle.
        Throwable t = error;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
