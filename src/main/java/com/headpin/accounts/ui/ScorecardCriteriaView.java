package com.headpin.accounts.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.CriterionInput;
import com.headpin.accounts.ScorecardService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.security.Role;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Directors define the ideal customer: criteria, weights and what each score level means for their business. */
@Route("accounts/scorecard")
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.ADMIN})
@Menu(order = 12, title = "nav.scorecard", icon = "vaadin:star-half-left-o")
class ScorecardCriteriaView extends VerticalLayout implements HasDynamicTitle {

    private final ScorecardService scorecard;
    private final Grid<Criterion> grid = new Grid<>();

    ScorecardCriteriaView(ScorecardService scorecard, LiveUpdates liveUpdates) {
        this.scorecard = scorecard;
        setSizeFull();
        Button add = new Button(getTranslation("scorecard.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("new-criterion");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("criteria-grid");
        grid.addColumn(Criterion::name).setHeader(getTranslation("scorecard.name")).setFlexGrow(2);
        grid.addColumn(Criterion::weight).setHeader(getTranslation("scorecard.weight")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.active() ? "scorecard.active" : "scorecard.inactive"))
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        liveUpdates.subscribe(this, AccountTopics.CRITERIA, changes -> reload());
        add(new Paragraph(getTranslation("scorecard.admin.help")), add, grid);
        expand(grid);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scorecard");
    }

    private void reload() {
        grid.setItems(scorecard.criteria());
    }

    private void edit(@Nullable Criterion criterion) {
        Dialog dialog = new Dialog(getTranslation(criterion == null ? "scorecard.new" : "scorecard.edit"));
        dialog.setWidth("min(44rem, 95vw)");
        TextField name = new TextField(getTranslation("scorecard.name"));
        name.setId("criterion-name");
        IntegerField weight = new IntegerField(getTranslation("scorecard.weight"));
        weight.setId("criterion-weight");
        weight.setMin(1);
        weight.setMax(10);
        weight.setStepButtonsVisible(true);
        Checkbox active = new Checkbox(getTranslation("scorecard.active"));
        List<TextField> levels = new ArrayList<>();
        FormLayout form = new FormLayout(name, weight, active);
        for (int i = 0; i <= 5; i++) {
            TextField level = new TextField(getTranslation("scorecard.level", i));
            level.setId("criterion-level-" + i);
            levels.add(level);
            form.add(level);
        }
        if (criterion != null) {
            name.setValue(criterion.name());
            weight.setValue(criterion.weight());
            active.setValue(criterion.active());
            for (int i = 0; i <= 5; i++) {
                levels.get(i).setValue(criterion.levels().get(i));
            }
        } else {
            weight.setValue(1);
            active.setValue(true);
        }
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                scorecard.saveCriterion(criterion == null ? null : criterion.id(), new CriterionInput(
                        criterion == null ? 0 : criterion.version(), name.getValue(),
                        weight.getValue() == null ? 0 : weight.getValue(), active.getValue(),
                        levels.stream().map(TextField::getValue).toList()));
            } catch (InvalidInputException invalid) {
                Map<String, HasValidation> fields = new LinkedHashMap<>();
                fields.put("name", name);
                fields.put("weight", weight);
                for (int i = 0; i <= 5; i++) {
                    fields.put("level" + i, levels.get(i));
                }
                FieldErrors.show(invalid, fields);
                return;
            } catch (StaleDataException stale) {
                Notifications.error("scorecard.stale");
            }
            dialog.close();
        });
        save.setId("save-criterion");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
