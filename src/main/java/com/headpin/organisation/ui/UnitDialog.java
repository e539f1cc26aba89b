package com.headpin.organisation.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.organisation.OrganisationTopics;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.organisation.OrgUnit;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.security.UserSummary;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Rename a unit, choose its manager and, for a team, its members, together with other administrators (presence,
 * field indicators, their saves live, a per-field choice when both saved); below, who changed what on it.
 */
class UnitDialog extends Dialog {

    private final Map<Long, UserSummary> usersById;
    private final TextField name = new TextField();
    private final ComboBox<UserSummary> manager = new ComboBox<>();
    private final MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>();

    UnitDialog(OrganisationService organisation, LiveForms liveForms, OrgUnitSummary unit,
               List<UserSummary> activeUsers, Runnable onSaved, ActivityTimeline activity) {
        this.usersById = activeUsers.stream().collect(Collectors.toMap(UserSummary::id, u -> u));
        setHeaderTitle(getTranslation("org.edit", unit.name()));
        setWidth("min(40rem, 95vw)");
        manager.setItems(activeUsers);
        manager.setItemLabelGenerator(this::userLabel);
        members.setItems(activeUsers);
        members.setItemLabelGenerator(this::userLabel);
        manager.setClearButtonVisible(true);
        FormFields<OrgUnitSummary> fields = new FormFields<OrgUnitSummary>("unit")
                .text("name", name, "org.name", OrgUnitSummary::name, OrgUnit.NAME_MAX_LENGTH)
                .field("manager", manager, "org.manager",
                        u -> u.managerId() == null ? null : usersById.get(u.managerId()))
                .field("members", members, "org.members", this::members);
        LiveForm<OrgUnitSummary> shared = liveForms.open(this,
                OrganisationTopics.UNIT.topic(unit.id()), fields, unit, OrgUnitSummary::version,
                () -> organisation.tree().unit(unit.id()));
        shared.onGone(() -> {
            close();
            Notifications.error("org.not-found");
            onSaved.run();
        });
        getHeader().add(shared.avatars());

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

        Button save = new Button(getTranslation("action.save"), e -> shared.save(version -> organisation.update(
                new UnitChanges(unit.id(), version, name.getValue(),
                        manager.getValue() == null ? null : manager.getValue().id(),
                        members.getValue().stream().map(UserSummary::id).collect(Collectors.toSet()))), saved -> {
            Notifications.success("org.saved", saved.name());
            close();
            onSaved.run();
        }));
        save.setId("save-unit");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private String userLabel(UserSummary user) {
        return user.fullName() + " (" + user.username() + ")";
    }

    private Set<UserSummary> members(OrgUnitSummary state) {
        return state.memberIds().stream().map(usersById::get).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
