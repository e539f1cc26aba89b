package com.headpin.security.ui;

import java.util.EnumSet;
import java.util.Objects;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.security.UserTopics;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.AppUser;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Create a user, or edit one together with other administrators: who else has the user open, which field they are
 * in, their saves arriving live, and a per-field choice when both saved. A separate action resets the password.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField city = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Select<String> language = new Select<>();
    private final PasswordField password = new PasswordField();
    private final Checkbox enabled = new Checkbox();
    private final FormFields<UserSummary> fields = new FormFields<>("user");
    private final UserAccountService users;

    UserDialog(UserAccountService users, LiveForms liveForms, LiveUpdates liveUpdates, Timeline timeline,
               @Nullable UserSummary existing) {
        this.users = users;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("min(40rem, 95vw)");
        configureFields();

        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, fullName, email, city, language, roles, password);
            language.setValue("");
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            form.add(username, fullName, email, city, language, roles, enabled);
        }
        add(form);

        Button save = new Button(getTranslation("action.save"));
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (existing == null) {
            save.addClickListener(e -> create());
        } else {
            LiveForm<UserSummary> shared = liveForms.open(this,
                    UserTopics.USER.topic(existing.id()), fields, existing,
                    UserSummary::version, () -> users.find(existing.id()));
            shared.onGone(() -> {
                close();
                Notifications.error("user.not-found");
            });
            getHeader().add(shared.avatars());
            add(activity(timeline, liveUpdates, existing));
            save.addClickListener(e -> shared.save(version -> users.update(changes(existing, version)), saved -> {
                close();
                Notifications.success("users.saved", saved.username());
            }));
            Button reset = new Button(getTranslation("users.reset-password"),
                    e -> new ResetPasswordDialog(users, existing).open());
            reset.setId("reset-password");
            reset.addThemeVariants(ButtonVariant.TERTIARY);
            getFooter().add(reset);
        }
        getFooter().add(cancel, save);
    }

    /** The one list of the form's fields: what is kept live, labels, lengths and where errors show. */
    private void configureFields() {
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        language.setItems("", "en", "zh-CN");
        language.setItemLabelGenerator(this::languageLabel);
        fields.input("username", username, "user.username", AppUser.USERNAME_MAX_LENGTH)
                .text("fullName", fullName, "user.full-name", UserSummary::fullName, AppUser.FULL_NAME_MAX_LENGTH)
                .text("email", email, "user.email", UserSummary::email, AppUser.EMAIL_MAX_LENGTH)
                .text("city", city, "user.city", UserSummary::city, AppUser.CITY_MAX_LENGTH)
                .field("roles", roles, "user.roles", UserSummary::roles)
                .field("language", language, "user.language", u -> Objects.requireNonNullElse(u.preferredLanguage(), ""))
                .field("enabled", enabled, "user.enabled", UserSummary::enabled,
                        on -> getTranslation(on ? "user.enabled" : "user.disabled"))
                .input("password", password, "user.initial-password");
        username.setHelperText(getTranslation("user.username.rule"));
        password.setHelperText(getTranslation("password.rule"));
        username.setWidthFull();
        fullName.setWidthFull();
        email.setWidthFull();
    }

    /** Who changed what on this user, live; collapsed so the form stays in view. */
    private Details activity(Timeline timeline, LiveUpdates liveUpdates, UserSummary user) {
        ActivityTimeline history = new ActivityTimeline(timeline, liveUpdates, UserTopics.USER,
                user.id());
        history.setId("user-timeline");
        Details details = new Details(getTranslation("timeline.title"), history);
        details.setId("user-activity");
        details.setWidthFull();
        return details;
    }

    private void create() {
        try {
            users.create(new NewUser(username.getValue(), fullName.getValue(), email.getValue(), chosenRoles(),
                    chosenLanguage(), password.getValue(), city.getValue()));
        } catch (InvalidInputException invalid) {
            fields.showErrors(invalid);
            return;
        }
        close();
        Notifications.success("users.created", username.getValue().strip());
    }

    private UserChanges changes(UserSummary user, long version) {
        return new UserChanges(user.id(), version, fullName.getValue(), email.getValue(), chosenRoles(),
                enabled.getValue(), chosenLanguage(), city.getValue());
    }

    private EnumSet<Role> chosenRoles() {
        return roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
    }

    private @Nullable String chosenLanguage() {
        return language.getValue() == null || language.getValue().isEmpty() ? null : language.getValue();
    }

    private String languageLabel(String tag) {
        return getTranslation(tag == null || tag.isEmpty() ? "language.browser" : "language." + tag);
    }
}
