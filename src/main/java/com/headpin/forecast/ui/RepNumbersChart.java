package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import com.headpin.forecast.FourNumbers;
import com.headpin.forecast.RepNumbers;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.shared.ui.chart.ChartFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Quota, forecast, commitment and achievement side by side for each rep shown (forecast and commitment as the
 * managers adjusted them, which is what the team is measured on).
 */
class RepNumbersChart extends Div {

    private static final int ROW_HEIGHT = 28;

    private final Chart chart = new Chart();

    RepNumbersChart() {
        setId("forecast-rep-chart");
        addClassName("forecast-chart");
        add(new H3(getTranslation("forecast.chart.reps")), chart);
    }

    Chart chart() {
        return chart;
    }

    void show(List<RepNumbers> reps) {
        // Horizontal bars, one band per rep: the chart grows with the team instead of squeezing names.
        chart.setHeight(Math.max(240, 80 + reps.size() * ROW_HEIGHT * 2) + "px");
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis").put("valueFormatter", ChartFormat.YUAN.reference())
                .putObject("axisPointer").put("type", "shadow");
        option.putObject("legend").put("top", 0).put("type", "plain");
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 32).put("bottom", 8)
                .put("containLabel", true);
        option.putObject("yAxis").put("type", "category").put("inverse", true)
                .set("data", Chart.array(reps.stream().map(RepNumbers::name).toList()));
        option.putObject("xAxis").put("type", "value").putObject("axisLabel")
                .put("formatter", ChartFormat.YUAN_COMPACT.reference());
        ArrayNode series = option.putArray("series");
        bars(series, reps, "quota", "forecast.quota", "#9aa5b8", n -> n.quota() == null ? BigDecimal.ZERO : n.quota());
        bars(series, reps, "forecast", "forecast.forecast", "#5470c6", FourNumbers::adjustedForecast);
        bars(series, reps, "commitment", "forecast.commitment", "#fac858", FourNumbers::adjustedCommitment);
        bars(series, reps, "achievement", "forecast.achievement", "#91cc75", FourNumbers::achievement);
        chart.setOption(option);
    }

    private void bars(ArrayNode series, List<RepNumbers> reps, String id, String nameKey, String colour,
                      Function<FourNumbers, BigDecimal> figure) {
        ObjectNode bars = series.addObject().put("id", id).put("type", "bar").put("name", getTranslation(nameKey));
        bars.putObject("itemStyle").put("color", colour);
        bars.set("data", Chart.array(reps.stream().map(rep -> figure.apply(rep.numbers())).toList()));
    }
}
