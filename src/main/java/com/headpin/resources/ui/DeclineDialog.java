package com.headpin.resources.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.headpin.resources.internal.ResourceRequest;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Declines a request: the reason is required, and the requester reads it. */
class DeclineDialog extends Dialog {

    DeclineDialog(Consumer<String> decline, Runnable onDone) {
        setHeaderTitle(getTranslation("resource.request.decline"));
        setId("resource-decline-dialog");
        TextArea reason = new TextArea(getTranslation("resource.request.decline-reason"));
        reason.setId("resource-decline-reason");
        reason.setMaxLength(ResourceRequest.TEXT_MAX_LENGTH);
        reason.setWidth("min(30rem, 85vw)");
        add(reason);
        Button confirm = new Button(getTranslation("resource.request.decline"), e -> {
            try {
                decline.accept(reason.getValue());
                onDone.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("reason", reason));
            } catch (StaleDataException stale) {
                Notifications.error("resource.request.stale");
                onDone.run();
                close();
            }
        });
        confirm.setId("resource-decline-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
