package com.headpin.forecast.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.SalesProcess;
import com.headpin.forecast.DealMove;
import com.headpin.forecast.FrozenDeal;
import com.headpin.forecast.Movement;
import com.headpin.forecast.MovementStep;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

/**
 * The deals behind one step of the movement: chosen here (the keyboard way) or by clicking the step's bar. Shows each
 * deal as it stood in both snapshots and its change; deals the user may not open are only counted.
 */
class MovementDeals extends VerticalLayout {

    private final Select<MovementStep> step = new Select<>();
    private final Grid<DealMove> grid = new Grid<>();
    private final Span hidden = new Span();
    private final SalesProcess process;
    private @Nullable Movement movement;

    MovementDeals(SalesProcess process) {
        this.process = process;
        setPadding(false);
        step.setId("movement-step");
        step.setLabel(getTranslation("forecast.movement.step"));
        step.setItems(MovementStep.values());
        step.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        step.addValueChangeListener(e -> refresh());
        grid.setId("movement-deals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(move -> new Anchor("deals/" + move.dealId(), move.name()))
                .setHeader(getTranslation("forecast.movement.deal")).setFlexGrow(3);
        grid.addColumn(move -> movement == null ? "" : movement.repName(move.repId()))
                .setHeader(getTranslation("forecast.movement.owner")).setFlexGrow(1);
        grid.addColumn(move -> state(move.before())).setHeader(getTranslation("forecast.movement.before"))
                .setFlexGrow(2);
        grid.addColumn(move -> state(move.after())).setHeader(getTranslation("forecast.movement.after"))
                .setFlexGrow(2);
        grid.addColumn(move -> MovementChart.signed(move.change(), getLocale()))
                .setHeader(getTranslation("forecast.movement.change")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        hidden.setId("movement-hidden");
        hidden.addClassName("forecast-note");
        add(step, grid, hidden);
    }

    void show(Movement shown) {
        this.movement = shown;
        if (step.getValue() == null) {
            step.setValue(List.of(MovementStep.values()).stream().filter(s -> !shown.deals(s).isEmpty()
                    || shown.hidden(s) > 0).findFirst().orElse(MovementStep.NEW));
        }
        refresh();
    }

    void select(MovementStep selected) {
        step.setValue(selected);
    }

    Select<MovementStep> stepSelect() {
        return step;
    }

    Grid<DealMove> grid() {
        return grid;
    }

    private void refresh() {
        MovementStep selected = step.getValue();
        if (movement == null || selected == null) {
            grid.setItems(List.of());
            hidden.setText("");
            return;
        }
        grid.setItems(movement.deals(selected));
        int others = movement.hidden(selected);
        hidden.setText(others > 0 ? getTranslation("forecast.movement.hidden", others)
                : movement.deals(selected).isEmpty() ? getTranslation("forecast.movement.no-deals") : "");
    }

    /** "¥1.2M · 15 Dec 2026 · Negotiation · Commit", or that the deal was not in the snapshot. */
    private String state(@Nullable FrozenDeal deal) {
        if (deal == null) {
            return getTranslation("forecast.movement.absent");
        }
        Locale locale = getLocale();
        String where = deal.outcome() == DealOutcome.OPEN
                ? process.stage(deal.stage()).name(locale) + " · " + getTranslation(deal.category().labelKey())
                : getTranslation(deal.outcome().labelKey());
        return Money.compact(deal.amount(), locale) + " · " + Dates.format(deal.expectedClose(), locale) + " · "
                + where;
    }
}
