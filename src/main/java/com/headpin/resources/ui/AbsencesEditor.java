package com.headpin.resources.ui;

import java.util.List;
import java.util.Map;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.resources.Absence;
import com.headpin.resources.AbsenceInput;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.ResourceTopics;
import com.headpin.resources.internal.ResourceAbsence;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** One person's absences: listed, added with a date range and note, removed; follows the pool live. */
class AbsencesEditor extends Composite<VerticalLayout> {

    private final ResourcePoolService pool;
    private final long resourceId;
    private final Grid<Absence> grid = new Grid<>();

    AbsencesEditor(ResourcePoolService pool, long resourceId, LiveUpdates liveUpdates) {
        this.pool = pool;
        this.resourceId = resourceId;
        grid.setId("absences");
        grid.addColumn(a -> Dates.format(a.startsOn(), getLocale()) + " – " + Dates.format(a.endsOn(), getLocale()))
                .setHeader(getTranslation("resource.absence.dates")).setAutoWidth(true);
        grid.addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("resource.absence.note"));
        grid.addComponentColumn(a -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                pool.removeAbsence(a.id());
                reload();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("action.delete"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        DateField from = new DateField(getTranslation("resource.absence.from"));
        from.setId("absence-from");
        DateField to = new DateField(getTranslation("resource.absence.to"));
        to.setId("absence-to");
        TextField note = new TextField(getTranslation("resource.absence.note"));
        note.setMaxLength(ResourceAbsence.NOTE_MAX_LENGTH);
        Button add = new Button(getTranslation("resource.absence.add"), VaadinIcon.PLUS.create(), e -> {
            if (DateField.unreadable(List.of(from, to))) {
                return;
            }
            try {
                pool.addAbsence(resourceId, new AbsenceInput(from.getValue(), to.getValue(), note.getValue()));
                from.clear();
                to.clear();
                note.clear();
                reload();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("startsOn", from, "endsOn", to, "note", note));
            }
        });
        add.setId("absence-add");
        HorizontalLayout form = new HorizontalLayout(from, to, note, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        getContent().setPadding(false);
        getContent().add(form, grid);
        liveUpdates.subscribe(this, ResourceTopics.RESOURCE.topic(resourceId), changes -> reload());
        reload();
    }

    private void reload() {
        grid.setItems(pool.pool().stream().filter(p -> p.id() == resourceId).findFirst()
                .map(ResourceSummary::absences).orElse(List.of()));
    }
}
