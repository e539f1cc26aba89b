package com.headpin.resources.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.resources.ResourceInput;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.ResourceType;
import com.headpin.resources.internal.Resource;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Adds a person to the pool or changes one (type, skills, home region, days per week, active) and their absences. */
class ResourceDialog extends Dialog {

    private final ComboBox<UserSummary> user = new ComboBox<>();
    private final Select<ResourceType> type = new Select<>();
    private final TextField skills = new TextField();
    private final ComboBox<OrgUnitSummary> region = new ComboBox<>();
    private final Checkbox regionOnly = new Checkbox();
    private final BigDecimalField days = new BigDecimalField();
    private final Checkbox active = new Checkbox();

    ResourceDialog(ResourcePoolService pool, OrganisationService organisation, LiveUpdates liveUpdates,
                   @Nullable ResourceSummary person, Runnable onSaved) {
        setHeaderTitle(person == null ? getTranslation("resource.pool.add") : person.fullName());
        setId("resource-dialog");
        setWidth("min(40rem, 95vw)");
        user.setLabel(getTranslation("resource.person"));
        user.setId("resource-user");
        user.setItemLabelGenerator(UserSummary::fullName);
        type.setLabel(getTranslation("resource.type"));
        type.setId("resource-type");
        type.setItems(ResourceType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        skills.setLabel(getTranslation("resource.skills"));
        skills.setId("resource-skills");
        skills.setHelperText(getTranslation("resource.skills.help"));
        skills.setMaxLength(Resource.SKILLS_MAX_LENGTH);
        region.setLabel(getTranslation("resource.home-region"));
        region.setId("resource-region");
        region.setClearButtonVisible(true);
        region.setItems(organisation.tree().all().stream().filter(u -> u.type() == UnitType.REGION).toList());
        region.setItemLabelGenerator(OrgUnitSummary::name);
        regionOnly.setLabel(getTranslation("resource.region-only"));
        days.setLabel(getTranslation("resource.days-per-week"));
        days.setId("resource-days");
        active.setLabel(getTranslation("resource.active"));
        FormLayout form = new FormLayout(user, type, skills, region, regionOnly, days, active);
        form.setColspan(skills, 2);
        add(form);
        if (person == null) {
            user.setItems(pool.candidates());
            type.setValue(ResourceType.CONSULTANT);
            days.setValue(BigDecimal.valueOf(4));
            active.setValue(true);
        } else {
            user.setVisible(false);
            type.setValue(person.type());
            skills.setValue(String.join(", ", person.skills()));
            region.getListDataView().getItems().filter(u -> u.id() == (person.homeRegionId() == null ? -1
                    : person.homeRegionId())).findFirst().ifPresent(region::setValue);
            regionOnly.setValue(person.regionOnly());
            days.setValue(person.daysPerWeek());
            active.setValue(person.active());
            add(new H4(getTranslation("resource.absences")), new AbsencesEditor(pool, person.id(), liveUpdates));
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                long userId = person != null ? person.userId() : user.getValue() == null ? 0 : user.getValue().id();
                pool.save(new ResourceInput(person == null ? 0 : person.version(), userId, type.getValue(),
                        skillSet(skills.getValue()), region.getValue() == null ? null : region.getValue().id(),
                        regionOnly.getValue(), days.getValue(), active.getValue()));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("user", user, "type", type, "skills", skills, "homeRegion", region,
                        "daysPerWeek", days));
            } catch (StaleDataException stale) {
                Notifications.error("resource.stale");
                onSaved.run();
                close();
            }
        });
        save.setId("resource-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static Set<String> skillSet(String text) {
        return Arrays.stream(text.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
