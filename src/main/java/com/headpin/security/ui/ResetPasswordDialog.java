package com.headpin.security.ui;

import java.util.Map;

import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;

/** An administrator sets a new password for a user; this also lifts a log-in lock. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAccountService users, UserSummary user) {
        setHeaderTitle(getTranslation("users.reset-password.title", user.fullName()));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("reset-password-value");
        password.setHelperText(getTranslation("password.rule"));
        password.setWidthFull();
        add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("password", password));
                return;
            }
            close();
            Notifications.success("users.password-reset", user.username());
        });
        save.setId("save-reset-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
