package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import com.headpin.forecast.ForecastTable;
import com.headpin.forecast.FourNumbers;
import com.headpin.forecast.RepNumbers;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * The meeting unit's four numbers and a row per rep, live; the shown rep is selected. A click on a rep is the
 * user's own step (the presenter's for everyone following).
 */
class MeetingNumbers extends Composite<VerticalLayout> {

    private final long unitId;
    private final Grid<RepNumbers> grid = new Grid<>();
    private final Div totals = new Div();
    private List<RepNumbers> reps = List.of();

    MeetingNumbers(long unitId, Consumer<RepNumbers> onClick) {
        this.unitId = unitId;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        totals.addClassName("forecast-meeting-totals");
        totals.setId("forecast-meeting-totals");
        grid.setId("forecast-meeting-reps");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(RepNumbers::name).setHeader(getTranslation("forecast.meeting.rep")).setFlexGrow(2);
        column("forecast.quota", n -> n.quota());
        column("forecast.forecast", FourNumbers::forecast);
        column("forecast.commitment", FourNumbers::commitment);
        column("forecast.achievement", FourNumbers::achievement);
        grid.addItemClickListener(e -> onClick.accept(e.getItem()));
        layout.add(totals, grid);
    }

    void show(ForecastTable table) {
        reps = table.reps();
        Long selected = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().repId();
        grid.setItems(reps);
        select(selected);
        totals.removeAll();
        table.unit(unitId).map(unit -> unit.numbers()).ifPresent(numbers -> {
            total("quota", "forecast.quota", numbers.quota());
            total("forecast", "forecast.forecast", numbers.forecast());
            total("commitment", "forecast.commitment", numbers.commitment());
            total("achievement", "forecast.achievement", numbers.achievement());
        });
    }

    void select(@Nullable Long repId) {
        grid.asSingleSelect().setValue(reps.stream().filter(r -> Objects.equals(r.repId(), repId)).findFirst()
                .orElse(null));
    }

    List<RepNumbers> reps() {
        return reps;
    }

    private void column(String key, Function<FourNumbers, @Nullable BigDecimal> figure) {
        grid.addColumn(rep -> amount(figure.apply(rep.numbers()))).setHeader(getTranslation(key)).setAutoWidth(true)
                .setKey(key);
    }

    private void total(String id, String key, @Nullable BigDecimal amount) {
        Span label = new Span(getTranslation(key));
        label.addClassName("forecast-meeting-total-label");
        Span value = new Span(amount(amount));
        value.setId("forecast-meeting-total-" + id);
        value.addClassName("forecast-meeting-total-value");
        Div figure = new Div(label, value);
        figure.addClassName("forecast-meeting-total");
        totals.add(figure);
    }

    private String amount(@Nullable BigDecimal amount) {
        return amount == null ? "–" : Money.compact(amount, getLocale());
    }
}
