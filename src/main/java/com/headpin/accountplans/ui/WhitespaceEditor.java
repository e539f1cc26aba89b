package com.headpin.accountplans.ui;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.WhitespaceCell;
import com.headpin.accountplans.WhitespaceStatus;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Our offerings against the customer's business units: sold, in progress, an opportunity, or no fit. Read-only
 * unless {@code editable}.
 */
class WhitespaceEditor extends Composite<VerticalLayout> {

    /** Saves offerings, business units and cells on the plan version shown. */
    interface Saver {
        void save(List<String> offerings, List<String> units, Set<WhitespaceCell> cells);
    }

    private final TextArea offerings = new TextArea();
    private final TextArea units = new TextArea();
    private final Grid<String> matrix = new Grid<>();
    private final Saver saver;
    private final boolean editable;
    private Set<WhitespaceCell> cells = new HashSet<>();

    WhitespaceEditor(boolean editable, Saver saver) {
        this.saver = saver;
        this.editable = editable;
        offerings.setLabel(getTranslation("plan.offerings"));
        offerings.setHelperText(getTranslation("plan.one-per-line"));
        offerings.setId("plan-offerings");
        units.setLabel(getTranslation("plan.business-units"));
        units.setHelperText(getTranslation("plan.one-per-line"));
        units.setId("plan-business-units");
        Button apply = new Button(getTranslation("plan.whitespace.apply"), e -> save(cells));
        apply.setId("plan-whitespace-apply");
        apply.setVisible(editable);
        offerings.setReadOnly(!editable);
        units.setReadOnly(!editable);
        HorizontalLayout lists = new HorizontalLayout(offerings, units, apply);
        lists.setAlignItems(HorizontalLayout.Alignment.END);
        matrix.setId("whitespace-matrix");
        matrix.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(lists, matrix);
    }

    void show(PlanDetails plan) {
        cells = new HashSet<>(plan.cells());
        offerings.setValue(String.join("\n", plan.offerings()));
        units.setValue(String.join("\n", plan.businessUnits()));
        matrix.removeAllColumns();
        matrix.addColumn(o -> o).setHeader(getTranslation("plan.offering")).setAutoWidth(true).setFrozen(true);
        for (String unit : plan.businessUnits()) {
            matrix.addComponentColumn(offering -> cell(plan, offering, unit)).setHeader(unit).setAutoWidth(true);
        }
        matrix.setItems(plan.offerings());
    }

    private Select<WhitespaceStatus> cell(PlanDetails plan, String offering, String unit) {
        Select<WhitespaceStatus> select = new Select<>();
        select.setItems(WhitespaceStatus.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("–");
        select.setItemLabelGenerator(s -> s == null ? "–" : getTranslation(s.labelKey()));
        select.setValue(plan.cell(offering, unit));
        select.addClassName("whitespace-cell");
        select.setReadOnly(!editable);
        if (select.getValue() != null) {
            select.addClassName("whitespace-" + select.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getOldValue() == e.getValue()) {
                return;
            }
            Set<WhitespaceCell> next = new HashSet<>(cells);
            next.removeIf(c -> c.offering().equals(offering) && c.businessUnit().equals(unit));
            if (e.getValue() != null) {
                next.add(new WhitespaceCell(offering, unit, e.getValue()));
            }
            save(next);
        });
        return select;
    }

    private void save(Set<WhitespaceCell> next) {
        try {
            saver.save(lines(offerings.getValue()), lines(units.getValue()), next);
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, Map.of("offerings", offerings, "businessUnits", units));
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
