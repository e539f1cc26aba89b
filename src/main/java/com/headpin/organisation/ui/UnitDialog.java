package com.headpin.organisation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.LiveFields;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.shared.StaleDataException;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Rename a unit, choose its manager and, for a team, its members; below, who changed what on it. */
class UnitDialog extends Dialog {

    private final OrganisationService organisation;
    private final OrgUnitSummary unit;
    private final Map<Long, UserSummary> usersById;
    private final Runnable onSaved;
    private final LiveFields liveFields = new LiveFields();
    private final TextField name = new TextField();
    private final ComboBox<UserSummary> manager = new ComboBox<>();
    private final MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>();

    UnitDialog(OrganisationService organisation, OrgUnitSummary unit, List<UserSummary> activeUsers,
               Runnable onSaved, ActivityTimeline activity) {
        this.organisation = organisation;
        this.unit = unit;
        this.onSaved = onSaved;
        this.usersById = activeUsers.stream().collect(Collectors.toMap(UserSummary::id, u -> u));
        setHeaderTitle(getTranslation("org.edit", unit.name()));
        setWidth("min(40rem, 95vw)");
        name.setLabel(getTranslation("org.name"));
        name.setId("unit-name");
        name.setValue(unit.name());
        manager.setLabel(getTranslation("org.manager"));
        manager.setId("unit-manager");
        manager.setItems(activeUsers);
        manager.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        manager.setClearButtonVisible(true);
        members.setLabel(getTranslation("org.members"));
        members.setId("unit-members");
        members.setItems(activeUsers);
        members.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        name.setValue(unit.name());
        manager.setValue(unit.managerId() == null ? null : usersById.get(unit.managerId()));
        members.setValue(members(unit));

        FormLayout form = new FormLayout(name, manager);
        if (unit.type() == UnitType.TEAM) {
            form.add(members);
            form.setColspan(members, 2);
        }
        add(form);
        activity.setId("unit-timeline");
        Details history = new Details(getTranslation("timeline.title"), activity);
        history.setId("unit-activity");
        history.setWidthFull();
        add(history);

        liveFields.track("name", getTranslation("org.name"), name, v -> v)
                .track("manager", getTranslation("org.manager"), manager, this::userLabel)
                .track("members", getTranslation("org.members"), members, this::usersLabel);
        Button save = new Button(getTranslation("action.save"), e -> save(unit.version()));
        save.setId("save-unit");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(long version) {
        Set<Long> memberIds = members.getValue().stream().map(UserSummary::id).collect(Collectors.toSet());
        try {
            organisation.update(new UnitChanges(unit.id(), version, name.getValue(),
                    manager.getValue() == null ? null : manager.getValue().id(), memberIds));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, Map.of("name", name, "manager", manager, "members", members));
            return;
        } catch (StaleDataException stale) {
            resolveConflict();
            return;
        }
        Notifications.success("org.saved", name.getValue().strip());
        close();
        onSaved.run();
    }

    /** Another administrator saved this unit first: keep their changes, ask only where both changed a field. */
    private void resolveConflict() {
        OrgUnitSummary current = organisation.tree().unit(unit.id()).orElse(null);
        if (current == null) {
            close();
            Notifications.error("org.not-found");
            onSaved.run();
            return;
        }
        liveFields.resolveStale(getTranslation("conflict.someone"), values(current), () -> save(current.version()));
    }

    private Map<String, Object> values(OrgUnitSummary state) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", state.name());
        values.put("manager", state.managerId() == null ? null : usersById.get(state.managerId()));
        values.put("members", members(state));
        return values;
    }

    private Set<UserSummary> members(OrgUnitSummary state) {
        return state.memberIds().stream().map(usersById::get).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private String userLabel(@Nullable UserSummary user) {
        return user == null ? "" : user.fullName() + " (" + user.username() + ")";
    }

    private String usersLabel(Set<UserSummary> users) {
        return users.stream().map(UserSummary::fullName).sorted().collect(Collectors.joining(", "));
    }
}
