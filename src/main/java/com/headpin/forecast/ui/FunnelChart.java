package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.forecast.ForecastLine;
import com.headpin.forecast.FourNumbers;
import com.headpin.forecast.RepNumbers;
import com.headpin.forecast.UnitNumbers;
import com.headpin.shared.Money;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.shared.ui.chart.ChartFormat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The funnel of the selected line for the period: deals and amount per stage (open deals expected to close in it;
 * signed: won in it) beside the 9-6-5-5-3-1 target planned backwards from the quota, with how the target was derived.
 */
class FunnelChart extends Div {

    private final Chart chart = new Chart();
    private final H3 title = new H3();
    private final Div explanation = new Div();

    FunnelChart() {
        setId("forecast-funnel");
        addClassName("forecast-chart");
        chart.setHeight("300px");
        explanation.setId("forecast-funnel-explanation");
        explanation.addClassName("forecast-secondary");
        add(title, chart, explanation);
    }

    Chart chart() {
        return chart;
    }

    String explanation() {
        return explanation.getText();
    }

    void show(ForecastLine line, SalesProcess process) {
        FourNumbers numbers = line.numbers();
        UnitNumbers unit = line.unit();
        RepNumbers rep = line.rep();
        Map<DealStage, Long> counts = unit != null ? unit.openCountByStage() : rep.openCountByStage();
        Map<DealStage, BigDecimal> amounts = unit != null ? unit.openAmountByStage() : rep.openAmountByStage();
        long won = unit != null ? unit.wonDeals() : rep.wonDeals();
        long open = unit != null ? unit.openDeals() : rep.openDeals();
        BigDecimal openAmount = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        FunnelTarget target = FunnelTarget.of(numbers.quota(), numbers.achievement(), open, openAmount, won, process);
        title.setText(getTranslation("forecast.funnel.title", line.name()));
        List<DealStage> stages = Arrays.asList(DealStage.values());
        List<Long> actual = stages.stream()
                .map(stage -> stage == DealStage.SIGNED ? won : counts.getOrDefault(stage, 0L)).toList();
        List<BigDecimal> money = stages.stream()
                .map(stage -> stage == DealStage.SIGNED ? numbers.achievement()
                        : amounts.getOrDefault(stage, BigDecimal.ZERO)).toList();
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0).put("type", "plain");
        option.putObject("grid").put("left", 8).put("right", 8).put("top", 40).put("bottom", 40)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "category").set("data",
                Chart.array(stages.stream().map(stage -> process.stage(stage).name(getLocale())).toList()));
        ArrayNode yAxes = option.putArray("yAxis");
        yAxes.addObject().put("type", "value").put("minInterval", 1)
                .put("name", getTranslation("forecast.funnel.deals"));
        ObjectNode amountAxis = yAxes.addObject().put("type", "value")
                .put("name", getTranslation("forecast.funnel.amount"));
        amountAxis.putObject("axisLabel").put("formatter", ChartFormat.YUAN_COMPACT.reference());
        amountAxis.putObject("splitLine").put("show", false);
        ArrayNode series = option.putArray("series");
        ObjectNode deals = series.addObject().put("id", "deals").put("type", "bar")
                .put("name", getTranslation("forecast.funnel.deals"));
        deals.set("data", Chart.array(actual));
        deals.putObject("itemStyle").put("color", "#5470c6");
        ObjectNode targets = series.addObject().put("id", "target").put("type", "bar")
                .put("name", getTranslation("forecast.funnel.target"));
        targets.set("data", Chart.array(stages.stream().map(target.byStage()::get).toList()));
        targets.putObject("itemStyle").put("color", "#9aa5b8");
        ObjectNode amount = series.addObject().put("id", "amount").put("type", "line").put("yAxisIndex", 1)
                .put("name", getTranslation("forecast.funnel.amount"));
        amount.set("data", Chart.array(money));
        amount.putObject("itemStyle").put("color", "#fac858");
        amount.putObject("tooltip").put("valueFormatter", ChartFormat.YUAN.reference());
        chart.setOption(option);
        explanation.setText(explain(numbers, target, process));
    }

    private String explain(FourNumbers numbers, FunnelTarget target, SalesProcess process) {
        String ratios = String.join("-", Arrays.stream(DealStage.values())
                .map(stage -> String.valueOf(Math.max(1, process.stage(stage).conversion()))).toList());
        if (numbers.quota() == null || numbers.quota().signum() == 0) {
            return getTranslation("forecast.funnel.no-quota", ratios);
        }
        if (target.averageDeal() == null) {
            return getTranslation("forecast.funnel.no-deals", ratios);
        }
        BigDecimal remaining = numbers.quota().subtract(numbers.achievement()).max(BigDecimal.ZERO);
        return getTranslation("forecast.funnel.explained", Money.format(remaining, getLocale()),
                Money.format(target.averageDeal(), getLocale()), target.dealsNeeded(), ratios);
    }
}
