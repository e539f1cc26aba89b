package com.headpin.shared.ui;

import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No stack traces in the browser: an exception that escapes a listener is logged with its details and the user
 * sees a short translated message instead. Views still handle the errors they expect (invalid input, conflicts).
 */
@Component
class FriendlyErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key;
        if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Access denied: {}", error.getMessage());
            key = "error.access-denied";
        } else if (causedBy(error, InvalidInputException.class)) {
            key = "error.invalid-input";
        } else {
            log.error("Unexpected error in the UI", error);
            key = "error.unexpected";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(key));
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
