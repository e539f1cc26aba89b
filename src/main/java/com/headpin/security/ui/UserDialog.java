package com.headpin.security.ui;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.collaboration.FieldIndicators;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.Topic;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.LiveFields;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.shared.StaleDataException;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.shared.Actor;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
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

    /** The services the dialog works with. */
    record Live(UserAccountService users, LiveUpdates liveUpdates, Presence presence, FieldIndicators indicators,
                Timeline timeline) {
    }

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Select<String> language = new Select<>();
    private final PasswordField password = new PasswordField();
    private final Checkbox enabled = new Checkbox();
    private final LiveFields liveFields = new LiveFields();
    private final UserAccountService users;
    private final @Nullable UserSummary existing;
    private long loadedVersion;
    private String lastOtherEditor = "";

    UserDialog(Live live, @Nullable UserSummary existing) {
        this.users = live.users();
        this.existing = existing;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("min(40rem, 95vw)");
        configureFields();

        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, fullName, email, language, roles, password);
            language.setValue("");
        } else {
            loadedVersion = existing.version();
            username.setValue(existing.username());
            username.setReadOnly(true);
            show(existing);
            form.add(username, fullName, email, language, roles, enabled);
            liveFields.track("fullName", getTranslation("user.full-name"), fullName, v -> v)
                    .track("email", getTranslation("user.email"), email, v -> v)
                    .track("roles", getTranslation("user.roles"), roles, this::roleLabels)
                    .track("language", getTranslation("user.language"), language, this::languageLabel)
                    .track("enabled", getTranslation("user.status"), enabled,
                            v -> getTranslation(v ? "user.enabled" : "user.disabled"));
            goLive(live, existing);
        }
        add(form);
        if (existing != null) {
            add(activity(live, existing));
        }

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

    private void configureFields() {
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
        language.setItemLabelGenerator(this::languageLabel);
        password.setLabel(getTranslation("user.initial-password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("password.rule"));
        enabled.setLabel(getTranslation("user.enabled"));
        enabled.setId("user-enabled");
        username.setWidthFull();
        fullName.setWidthFull();
        email.setWidthFull();
    }

    /** Presence in the header, field indicators, and other administrators' saves applied as they happen. */
    private void goLive(Live live, UserSummary user) {
        Topic topic = Topic.record(UserAccountService.RECORD_TYPE, user.id());
        PresenceAvatars here = new PresenceAvatars(live.presence(), topic);
        here.setId("user-presence");
        getHeader().add(here);
        live.indicators().attach(this, topic, Map.of("fullName", fullName, "email", email, "language", language,
                "enabled", enabled));
        long me = Actor.current().map(Actor::userId).orElse(0L);
        live.liveUpdates().subscribe(this, topic, changes -> changes.stream()
                .filter(change -> change.userId() != me)
                .reduce((first, last) -> last)
                .ifPresent(change -> users.find(user.id()).ifPresent(saved -> {
                    lastOtherEditor = users.find(change.userId()).map(UserSummary::fullName).orElse("?");
                    liveFields.savedByOther(values(saved), lastOtherEditor);
                })));
    }

    /** Who changed what on this user, live; collapsed so the form stays in view. */
    private Details activity(Live live, UserSummary user) {
        ActivityTimeline timeline = new ActivityTimeline(live.timeline(), live.liveUpdates(),
                UserAccountService.RECORD_TYPE, user.id());
        timeline.setId("user-timeline");
        Details details = new Details(getTranslation("timeline.title"), timeline);
        details.setId("user-activity");
        details.setWidthFull();
        return details;
    }

    private void show(UserSummary user) {
        fullName.setValue(user.fullName());
        email.setValue(user.email() == null ? "" : user.email());
        roles.setValue(user.roles());
        language.setValue(user.preferredLanguage() == null ? "" : user.preferredLanguage());
        enabled.setValue(user.enabled());
    }

    private Map<String, Object> values(UserSummary user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", user.fullName());
        values.put("email", user.email() == null ? "" : user.email());
        values.put("roles", user.roles());
        values.put("language", user.preferredLanguage() == null ? "" : user.preferredLanguage());
        values.put("enabled", user.enabled());
        return values;
    }

    private void save() {
        if (existing == null) {
            create();
        } else {
            update(existing, loadedVersion);
        }
    }

    private void create() {
        try {
            users.create(new NewUser(username.getValue(), fullName.getValue(), email.getValue(), chosenRoles(),
                    chosenLanguage(), password.getValue()));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields());
            return;
        }
        close();
        Notifications.success("users.created", username.getValue().strip());
    }

    private void update(UserSummary user, long version) {
        try {
            users.update(new UserChanges(user.id(), version, fullName.getValue(), email.getValue(), chosenRoles(),
                    enabled.getValue(), chosenLanguage()));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields());
            return;
        } catch (StaleDataException stale) {
            resolveConflict(user);
            return;
        }
        close();
        Notifications.success("users.saved", user.username());
    }

    /**
     * Someone saved in between: fields only they changed are already taken over; where both changed, the user
     * chooses. Saving then happens on top of their version, never over it.
     */
    private void resolveConflict(UserSummary user) {
        UserSummary current = users.find(user.id()).orElse(null);
        if (current == null) {
            close();
            Notifications.error("user.not-found");
            return;
        }
        String other = lastOtherEditor.isEmpty() ? getTranslation("conflict.someone") : lastOtherEditor;
        liveFields.resolveStale(other, values(current), () -> {
            loadedVersion = current.version();
            update(user, current.version());
        });
    }

    private EnumSet<Role> chosenRoles() {
        return roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
    }

    private @Nullable String chosenLanguage() {
        return language.getValue() == null || language.getValue().isEmpty() ? null : language.getValue();
    }

    private String roleLabels(Set<Role> chosen) {
        return chosen.stream().sorted(Comparator.naturalOrder()).map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining(", "));
    }

    private String languageLabel(String tag) {
        return getTranslation(tag == null || tag.isEmpty() ? "language.browser" : "language." + tag);
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
