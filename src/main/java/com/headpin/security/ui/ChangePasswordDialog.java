package com.headpin.security.ui;

import java.util.Map;

import com.headpin.security.UserAccountService;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/** Change one's own password: the current one is required, the new one must pass the strength rule twice typed. */
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button save = new Button();
    private final UserAccountService users;
    private final Runnable changed;

    public ChangePasswordDialog(UserAccountService users) {
        this(users, () -> { });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private ChangePasswordDialog(UserAccountService users, Runnable changed) {
        this.users = users;
        this.changed = changed;
        setHeaderTitle(getTranslation("password.change.title"));
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.rule"));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setMaxLength(100);
            field.setWidthFull();
        }
        add(new FormLayout(current, next, repeat));

        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
    }

    /**
     * The change a user must make before using the app (a password someone else set): it cannot be closed, only
     * left by logging out; {@code changed} runs once the new password is stored.
     */
    static ChangePasswordDialog required(UserAccountService users, Runnable logOut, Runnable changed) {
        ChangePasswordDialog dialog = new ChangePasswordDialog(users, changed);
        dialog.setHeaderTitle(dialog.getTranslation("password.must-change.title"));
        dialog.addComponentAsFirst(new Paragraph(dialog.getTranslation("password.must-change.intro")));
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        Button logOutButton = new Button(dialog.getTranslation("shell.logout"), e -> logOut.run());
        logOutButton.setId("must-change-logout");
        dialog.getFooter().add(logOutButton, dialog.save);
        return dialog;
    }

    private void save() {
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", next,
                "repeatPassword", repeat);
        if (!next.getValue().equals(repeat.getValue())) {
            FieldErrors.show(InvalidInputException.of("repeatPassword", "password.mismatch"), fields);
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), next.getValue());
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields);
            return;
        }
        close();
        Notifications.success("password.changed.others-ended");
        changed.run();
    }
}
