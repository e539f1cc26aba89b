package com.headpin.accounts.ui;

import java.util.Map;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountService;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Dare to drop a customer with no value: the account is kept with the team's reason, out of default lists; or
 * resume pursuing it.
 */
class NotPursuingDialog extends Dialog {

    NotPursuingDialog(AccountService accounts, AccountDetails account, Runnable onDone) {
        boolean resume = account.notPursuing();
        setHeaderTitle(getTranslation(resume ? "account.resume" : "account.drop"));
        TextArea reason = new TextArea(getTranslation("account.not-pursuing.reason"));
        reason.setId("not-pursuing-reason");
        reason.setWidthFull();
        if (resume) {
            add(new Paragraph(getTranslation("account.resume.message", account.notPursuingReason())));
        } else {
            add(new Paragraph(getTranslation("account.drop.message")), reason);
        }
        Button confirm = new Button(getTranslation(resume ? "account.resume" : "account.drop"), e -> {
            try {
                accounts.setNotPursuing(account.id(), account.version(), resume ? null : reason.getValue());
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("notPursuingReason", reason));
                return;
            } catch (StaleDataException stale) {
                Notifications.error("account.stale");
            }
            close();
            onDone.run();
        });
        confirm.setId("confirm-not-pursuing");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
