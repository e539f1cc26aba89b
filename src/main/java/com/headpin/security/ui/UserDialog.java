package com.headpin.security.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.StaleDataException;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Create a user, or edit one: name, e-mail, roles, language, enabled; a separate action resets the password. */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Select<String> language = new Select<>();
    private final PasswordField password = new PasswordField();
    private final Checkbox enabled = new Checkbox();
    private final UserAccountService users;
    private final @Nullable UserSummary existing;
    private final Runnable onSaved;

    UserDialog(UserAccountService users, @Nullable UserSummary existing, Runnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("min(40rem, 95vw)");

        username.setLabel(getTranslation("user.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("user.username.rule"));
        fullName.setLabel(getTranslation("user.full-name"));
        fullName.setId("user-full-name");
        email.setLabel(getTranslation("user.email"));
        email.setId("user-email");
        roles.setLabel(getTranslation("user.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        language.setLabel(getTranslation("user.language"));
        language.setId("user-language");
        language.setItems("", "en", "zh-CN");
        language.setItemLabelGenerator(tag -> getTranslation(tag.isEmpty() ? "language.browser" : "language." + tag));
        password.setLabel(getTranslation("user.initial-password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("password.rule"));
        enabled.setLabel(getTranslation("user.enabled"));
        enabled.setId("user-enabled");
        // Generous client-side limits; the service enforces the real ones with a message at the field.
        for (TextField field : new TextField[] {username, fullName}) {
            field.setWidthFull();
        }
        email.setWidthFull();

        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, fullName, email, language, roles, password);
            language.setValue("");
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email() == null ? "" : existing.email());
            roles.setValue(existing.roles());
            language.setValue(existing.preferredLanguage() == null ? "" : existing.preferredLanguage());
            enabled.setValue(existing.enabled());
            form.add(username, fullName, email, language, roles, enabled);
        }
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (existing != null) {
            Button reset = new Button(getTranslation("users.reset-password"),
                    e -> new ResetPasswordDialog(users, existing).open());
            reset.setId("reset-password");
            reset.addThemeVariants(ButtonVariant.TERTIARY);
            getFooter().add(reset);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        String lang = language.getValue() == null || language.getValue().isEmpty() ? null : language.getValue();
        EnumSet<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        try {
            if (existing == null) {
                users.create(new NewUser(username.getValue(), fullName.getValue(), email.getValue(), chosen, lang,
                        password.getValue()));
                Notifications.success("users.created", username.getValue().strip());
            } else {
                users.update(new UserChanges(existing.id(), existing.version(), fullName.getValue(), email.getValue(),
                        chosen, enabled.getValue(), lang));
                Notifications.success("users.saved", existing.username());
            }
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields());
            return;
        } catch (StaleDataException stale) {
            close();
            onSaved.run();
            Notifications.error("users.stale");
            return;
        }
        close();
        onSaved.run();
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("email", email);
        fields.put("roles", roles);
        fields.put("language", language);
        fields.put("password", password);
        return fields;
    }
}
