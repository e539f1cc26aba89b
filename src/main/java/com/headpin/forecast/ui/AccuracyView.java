package com.headpin.forecast.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.forecast.Accuracy;
import com.headpin.forecast.AccuracyService;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Forecast accuracy per rep for the last months or quarters: a percentage where it can be measured, otherwise why
 * not (no snapshot that week, nothing signed), never a silent zero. Follows new snapshots and changed numbers.
 */
@Route("forecast/accuracy")
@PermitAll
class AccuracyView extends VerticalLayout implements HasDynamicTitle {

    private final AccuracyService accuracy;
    private final Periods periods;
    private final Select<PeriodKind> kind = new Select<>();
    private final Grid<Accuracy.Row> grid = new Grid<>();
    private final Paragraph explanation = new Paragraph();

    AccuracyView(AccuracyService accuracy, Periods periods, LiveUpdates liveUpdates) {
        this.accuracy = accuracy;
        this.periods = periods;
        setId("accuracy-view");
        kind.setId("accuracy-kind");
        kind.setLabel(getTranslation("forecast.period.kind"));
        kind.setItems(PeriodKind.MONTH, PeriodKind.QUARTER);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(PeriodKind.MONTH);
        kind.addValueChangeListener(e -> reload());
        grid.setId("accuracy-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        explanation.setId("accuracy-explanation");
        explanation.addClassName("forecast-note");
        add(new ForecastTabs(ForecastTabs.Page.ACCURACY), kind, grid, explanation);
        reload();
        liveUpdates.subscribe(this, ForecastTopics.SNAPSHOTS, changes -> reload());
        liveUpdates.subscribe(this, ForecastTopics.NUMBERS, changes -> reload());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forecast.tab.accuracy");
    }

    Grid<Accuracy.Row> grid() {
        return grid;
    }

    private void reload() {
        Accuracy table = accuracy.accuracy(kind.getValue());
        Locale locale = getLocale();
        grid.removeAllColumns();
        grid.addColumn(Accuracy.Row::name).setHeader(getTranslation("forecast.accuracy.rep")).setFlexGrow(2)
                .setFrozen(true);
        List<Period> shown = table.periods();
        for (int i = 0; i < shown.size(); i++) {
            int column = i;
            grid.addComponentColumn(row -> cell(row.cells().get(column), locale))
                    .setHeader(periods.label(shown.get(i), locale)).setFlexGrow(1);
        }
        grid.setItems(table.rows());
        explanation.setText(getTranslation("forecast.accuracy.explanation", table.weeksBefore()));
    }

    private Span cell(Accuracy.Cell cell, Locale locale) {
        String week = Dates.format(cell.frozenWeek(), locale);
        Span span = new Span();
        span.addClassName("accuracy-" + cell.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        switch (cell.status()) {
            case MEASURED -> {
                span.setText(cell.percent() + "%");
                span.setTitle(getTranslation("forecast.accuracy.measured", Money.format(cell.forecast(), locale),
                        Money.format(cell.achieved(), locale), week));
            }
            case NOTHING_ACHIEVED -> span.setText(getTranslation("forecast.accuracy.nothing-achieved",
                    Money.compact(cell.forecast(), locale)));
            case NO_SNAPSHOT -> span.setText(getTranslation("forecast.accuracy.no-snapshot", week));
        }
        return span;
    }
}
