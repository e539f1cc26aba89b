package com.headpin.planning.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.headpin.planning.SavedPlan;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** A director returns a submitted plan to the rep: the reason is required and shown to the rep on the planner. */
class ReturnPlanDialog extends Dialog {

    ReturnPlanDialog(String repName, Consumer<String> send) {
        setHeaderTitle(getTranslation("planning.saved.return.title", repName));
        setWidth("min(32rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("planning.saved.reason"));
        reason.setId("plan-return-reason");
        reason.setWidthFull();
        reason.setMaxLength(SavedPlan.REASON_MAX_LENGTH);
        reason.setHelperText(getTranslation("planning.saved.return.helper"));
        add(reason);
        Button confirm = new Button(getTranslation("planning.saved.return"), e -> {
            try {
                send.accept(reason.getValue());
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("reason", reason));
            }
        });
        confirm.setId("plan-return-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
