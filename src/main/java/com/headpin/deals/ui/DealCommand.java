package com.headpin.deals.ui;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.headpin.deals.DealDetails;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.headpin.shared.ui.UnreadableInput;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog's command on a deal (a move, an outcome): a date or amount typed unreadably stops it, refused input
 * shows at the dialog's fields and the dialog stays; a deal changed meanwhile closes it with a message (the page
 * already shows the newer deal); done, it closes and hands on the deal as saved.
 */
final class DealCommand {

    private DealCommand() {
    }

    static void run(Dialog dialog, Map<String, ? extends HasValidation> fields, Supplier<DealDetails> command,
                    Consumer<DealDetails> onDone) {
        if (UnreadableInput.anyIn(fields.values())) {
            return;
        }
        DealDetails saved;
        try {
            saved = command.get();
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields);
            return;
        } catch (StaleDataException stale) {
            Notifications.error("deal.stale");
            dialog.close();
            return;
        }
        dialog.close();
        onDone.accept(saved);
    }
}
