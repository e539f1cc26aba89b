package com.headpin.forecast.ui;

import java.util.List;

import com.headpin.forecast.AttainmentMonth;
import com.headpin.forecast.AttainmentService;
import com.headpin.forecast.Periods;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.shared.ui.chart.ChartFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Attainment over time for the caller's part: month by month, the quota so far against what was won so far, and the
 * share achieved on a second axis. The page sets it again when numbers or deals change.
 */
class AttainmentChart extends Div {

    private static final String QUOTA_COLOUR = "#9fb3e0";
    private static final String ACHIEVED_COLOUR = "#3ba272";
    private static final String PERCENT_COLOUR = "#ee6666";

    private final AttainmentService attainment;
    private final Periods periods;
    private final Chart chart = new Chart();

    AttainmentChart(AttainmentService attainment, Periods periods, int fiscalYear) {
        this.attainment = attainment;
        this.periods = periods;
        setId("attainment-over-time");
        setWidthFull();
        chart.setHeight("300px");
        add(new H3(getTranslation("forecast.attainment.over-time")), chart);
        show(fiscalYear);
    }

    Chart chart() {
        return chart;
    }

    void show(Integer fiscalYear) {
        chart.setOption(option(attainment.cumulative(fiscalYear)));
    }

    private ObjectNode option(List<AttainmentMonth> months) {
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 8).put("right", 16).put("top", 24).put("bottom", 36)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "category").set("data", Chart.array(months.stream()
                .map(m -> periods.label(m.month(), getLocale())).toList()));
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject().put("type", "value").putObject("axisLabel")
                .put("formatter", ChartFormat.YUAN_COMPACT.reference());
        axes.addObject().put("type", "value").put("name", "%").putObject("splitLine").put("show", false);
        ArrayNode series = option.putArray("series");
        ObjectNode quota = line(series, "quota", "forecast.attainment.cumulative-quota", QUOTA_COLOUR);
        quota.set("data", Chart.array(months.stream().map(AttainmentMonth::cumulativeQuota).toList()));
        quota.putObject("tooltip").put("valueFormatter", ChartFormat.YUAN.reference());
        quota.putObject("areaStyle").put("opacity", 0.15);
        ObjectNode achieved = line(series, "achieved", "forecast.attainment.cumulative-achievement",
                ACHIEVED_COLOUR);
        achieved.set("data", Chart.array(months.stream().map(AttainmentMonth::cumulativeAchievement).toList()));
        achieved.putObject("tooltip").put("valueFormatter", ChartFormat.YUAN.reference());
        ObjectNode percent = line(series, "percent", "forecast.attainment", PERCENT_COLOUR);
        percent.put("yAxisIndex", 1).putObject("lineStyle").put("type", "dashed");
        percent.set("data", Chart.array(months.stream().map(AttainmentMonth::attainmentPercent).toList()));
        return option;
    }

    private ObjectNode line(ArrayNode series, String id, String nameKey, String colour) {
        ObjectNode line = series.addObject().put("id", id).put("type", "line").put("name", getTranslation(nameKey));
        line.putObject("itemStyle").put("color", colour);
        return line;
    }
}
