package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.headpin.forecast.Movement;
import com.headpin.forecast.MovementStep;
import com.headpin.shared.Money;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.shared.ui.chart.ChartFormat;
import com.vaadin.flow.component.Composite;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The movement as a waterfall: the start commitment, one bar per step floating where the running total was, the end
 * commitment. Drawn as two stacked bar series, a transparent base and the visible step; labels and tooltips are
 * written here (signed amounts in the user's language), so the browser needs no formatter of its own. A click on a
 * step's bar hands the step to the listener.
 */
class MovementChart extends Composite<Chart> {

    static final String STEPS_SERIES = "steps";
    private static final String TOTAL_COLOUR = "#5470c6";
    private static final String UP_COLOUR = "#3ba272";
    private static final String DOWN_COLOUR = "#ee6666";

    MovementChart() {
        getContent().setId("movement-chart");
        getContent().setHeight("340px");
        getContent().setWidthFull();
    }

    Chart chart() {
        return getContent();
    }

    /** Calls back with the step whose bar was clicked (the start and end bars are no step). */
    void onStepClicked(Consumer<MovementStep> listener) {
        getContent().addClickListener(e -> step(e.dataIndex()).ifPresent(listener));
    }

    static Optional<MovementStep> step(int dataIndex) {
        return dataIndex >= 1 && dataIndex <= MovementStep.values().length
                ? Optional.of(MovementStep.values()[dataIndex - 1]) : Optional.empty();
    }

    void show(Movement movement) {
        Locale locale = getLocale();
        List<String> categories = new ArrayList<>();
        ArrayNode base = Chart.array(List.of());
        ArrayNode bars = Chart.array(List.of());
        categories.add(getTranslation("forecast.movement.start"));
        base.add(0);
        bars.add(item(movement.start(), TOTAL_COLOUR, Money.compact(movement.start(), locale),
                getTranslation("forecast.movement.start") + ": " + Money.format(movement.start(), locale)));
        BigDecimal running = movement.start();
        for (MovementStep step : MovementStep.values()) {
            BigDecimal change = movement.total(step);
            BigDecimal after = running.add(change);
            categories.add(getTranslation(step.labelKey()));
            base.add(running.min(after));
            int count = movement.deals(step).size() + movement.hidden(step);
            bars.add(item(change.abs(), change.signum() < 0 ? DOWN_COLOUR : UP_COLOUR, signed(change, locale),
                    getTranslation("forecast.movement.tooltip", getTranslation(step.labelKey()),
                            signed(change, locale), count)));
            running = after;
        }
        categories.add(getTranslation("forecast.movement.end"));
        base.add(0);
        bars.add(item(movement.end(), TOTAL_COLOUR, Money.compact(movement.end(), locale),
                getTranslation("forecast.movement.end") + ": " + Money.format(movement.end(), locale)));

        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid").put("left", 8).put("right", 16).put("top", 28).put("bottom", 8)
                .put("containLabel", true);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "category");
        xAxis.set("data", Chart.array(categories));
        // Every step named under its bar, wrapped rather than skipped.
        xAxis.putObject("axisLabel").put("interval", 0).put("width", 80).put("overflow", "break");
        option.putObject("yAxis").put("type", "value").putObject("axisLabel")
                .put("formatter", ChartFormat.YUAN_COMPACT.reference());
        ArrayNode series = option.putArray("series");
        ObjectNode baseSeries = series.addObject().put("id", "base").put("type", "bar").put("stack", "waterfall")
                .put("silent", true);
        baseSeries.putObject("itemStyle").put("color", "transparent").put("borderColor", "transparent");
        baseSeries.putObject("tooltip").put("show", false);
        baseSeries.set("data", base);
        ObjectNode stepSeries = series.addObject().put("id", STEPS_SERIES).put("type", "bar")
                .put("stack", "waterfall").put("name", getTranslation("forecast.movement.commitment"));
        stepSeries.putObject("label").put("show", true).put("position", "top");
        stepSeries.put("cursor", "pointer");
        stepSeries.set("data", bars);
        getContent().setOption(option);
    }

    private static ObjectNode item(BigDecimal height, String colour, String label, String tooltip) {
        ObjectNode item = Chart.newOption();
        item.put("value", height);
        item.putObject("itemStyle").put("color", colour);
        // Plain text without {…} placeholders: ECharts shows it as it is.
        // A step that moved nothing gets no "0" label.
        item.putObject("label").put("show", height.signum() != 0)
                .put("formatter", label.replace("{", "(").replace("}", ")"));
        item.putObject("tooltip").put("formatter", tooltip.replace("{", "(").replace("}", ")"));
        return item;
    }

    static String signed(BigDecimal amount, Locale locale) {
        String compact = Money.compact(amount.abs(), locale);
        return amount.signum() < 0 ? "−" + compact : amount.signum() > 0 ? "+" + compact : compact;
    }
}
