package com.headpin.deals.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealStatistics;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.deals.StageTotal;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.shared.ui.chart.ChartFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bars per open stage: the pipeline's amount and its weighted amount, the number of deals under each stage's name.
 * Summed again when any deal changes in a way lists or the board show; the bars move to the new totals. Amounts
 * through the chart's named formatters: ¥ in English, 万 in Chinese.
 */
class StageTotalsChart extends Div {

    /** A muted blue for the full amount behind the strong blue of what it is worth; readable on light and dark. */
    private static final String AMOUNT_COLOUR = "#9fb3e0";
    private static final String WEIGHTED_COLOUR = "#5470c6";

    private final DealStatistics statistics;
    private final SalesProcessService processes;
    private final Chart chart = new Chart();

    StageTotalsChart(DealStatistics statistics, SalesProcessService processes, LiveUpdates liveUpdates) {
        this.statistics = statistics;
        this.processes = processes;
        setId("home-stage-totals");
        chart.setHeight("280px");
        add(new H3(getTranslation("home.stage-totals")), chart);
        chart.setOption(option());
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> chart.setOption(option()));
        liveUpdates.subscribe(this, DealTopics.BOARD, changes -> chart.setOption(option()));
    }

    Chart chart() {
        return chart;
    }

    private ObjectNode option() {
        List<StageTotal> totals = statistics.openByStage();
        SalesProcess process = processes.current();
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis").put("valueFormatter", ChartFormat.YUAN.reference())
                .putObject("axisPointer").put("type", "shadow");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 8).put("right", 16).put("top", 16).put("bottom", 36)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "category").set("data", Chart.array(totals.stream()
                .map(t -> getTranslation("home.stage-totals.stage", process.stage(t.stage()).name(getLocale()),
                        t.deals())).toList()));
        option.putObject("yAxis").put("type", "value").putObject("axisLabel")
                .put("formatter", ChartFormat.YUAN_COMPACT.reference());
        ArrayNode series = option.putArray("series");
        series.add(bars("amount", "home.stage-totals.amount", AMOUNT_COLOUR, totals, StageTotal::amount));
        series.add(bars("weighted", "deal.weighted-amount", WEIGHTED_COLOUR, totals, StageTotal::weighted));
        return option;
    }

    private ObjectNode bars(String id, String nameKey, String colour, List<StageTotal> totals,
                            Function<StageTotal, BigDecimal> value) {
        ObjectNode bars = Chart.newOption().put("id", id).put("type", "bar").put("name", getTranslation(nameKey));
        bars.putObject("itemStyle").put("color", colour);
        bars.putObject("emphasis").put("focus", "series");
        bars.set("data", Chart.array(totals.stream().map(value).toList()));
        return bars;
    }
}
