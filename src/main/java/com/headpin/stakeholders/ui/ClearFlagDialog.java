package com.headpin.stakeholders.ui;

import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.RedFlagRow;
import com.headpin.stakeholders.RedFlagService;
import com.headpin.stakeholders.internal.RedFlag;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Clears a red flag, with an optional note on how it was resolved. */
class ClearFlagDialog extends Dialog {

    ClearFlagDialog(RedFlagService flags, RedFlagRow flag, Runnable onDone) {
        setHeaderTitle(getTranslation("redflag.clear.title"));
        setId("redflag-clear-dialog");
        setWidth("min(32rem, 95vw)");
        TextArea note = new TextArea(getTranslation("redflag.clear.note"));
        note.setId("redflag-clear-note");
        note.setMaxLength(RedFlag.TEXT_MAX_LENGTH);
        note.setWidthFull();
        add(new com.vaadin.flow.component.html.Paragraph(flag.text()), note);
        Button clear = new Button(getTranslation("redflag.clear"), e -> {
            try {
                flags.clear(flag.dealId(), flag.id(), flag.version(), note.getValue());
                close();
                onDone.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, java.util.Map.of("note", note));
            } catch (StaleDataException stale) {
                Notifications.error("redflag.stale");
                close();
                onDone.run();
            }
        });
        clear.setId("redflag-clear-confirm");
        clear.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), clear);
    }
}
