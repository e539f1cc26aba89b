package com.headpin.organisation.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.security.StaleDataException;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Rename a unit, choose its manager and, for a team, its members. */
class UnitDialog extends Dialog {

    UnitDialog(OrganisationService organisation, OrgUnitSummary unit, List<UserSummary> activeUsers,
               Runnable onSaved) {
        setHeaderTitle(getTranslation("org.edit", unit.name()));
        setWidth("min(40rem, 95vw)");
        TextField name = new TextField(getTranslation("org.name"));
        name.setId("unit-name");
        name.setValue(unit.name());
        ComboBox<UserSummary> manager = new ComboBox<>(getTranslation("org.manager"));
        manager.setId("unit-manager");
        manager.setItems(activeUsers);
        manager.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        manager.setClearButtonVisible(true);
        MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>(getTranslation("org.members"));
        members.setId("unit-members");
        members.setItems(activeUsers);
        members.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        activeUsers.stream().filter(u -> u.id() == (unit.managerId() == null ? -1 : unit.managerId()))
                .findFirst().ifPresent(manager::setValue);
        members.setValue(activeUsers.stream().filter(u -> unit.memberIds().contains(u.id()))
                .collect(Collectors.toSet()));

        FormLayout form = new FormLayout(name, manager);
        if (unit.type() == UnitType.TEAM) {
            form.add(members);
            form.setColspan(members, 2);
        }
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            Set<Long> memberIds = members.getValue().stream().map(UserSummary::id).collect(Collectors.toSet());
            try {
                organisation.update(new UnitChanges(unit.id(), unit.version(), name.getValue(),
                        manager.getValue() == null ? null : manager.getValue().id(), memberIds));
                Notifications.success("org.saved", name.getValue().strip());
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("name", name, "manager", manager, "members", members));
                return;
            } catch (StaleDataException stale) {
                Notifications.error("org.stale");
            }
            close();
            onSaved.run();
        });
        save.setId("save-unit");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
