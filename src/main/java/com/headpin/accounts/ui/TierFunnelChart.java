package com.headpin.accounts.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.headpin.accounts.AccountStatistics;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Tier;
import com.headpin.accounts.TierFunnelCount;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.shared.ui.chart.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stacked bars: per tier, how many of the visible accounts are above, in and below the funnel. Recounted when any
 * account changes (the account list's topic); the chart moves its bars to the new counts.
 */
class TierFunnelChart extends Div {

    /** Targets in a neutral colour, active deals in blue, customers in green; readable on light and dark. */
    private static final Map<FunnelPosition, String> COLOURS = Map.of(
            FunnelPosition.ABOVE, "#9aa5b8", FunnelPosition.IN, "#5470c6", FunnelPosition.BELOW, "#91cc75");

    private final AccountStatistics statistics;
    private final Chart chart = new Chart();

    TierFunnelChart(AccountStatistics statistics, LiveUpdates liveUpdates) {
        this.statistics = statistics;
        setId("home-tier-funnel");
        chart.setHeight("260px");
        add(new H3(getTranslation("home.tier-funnel")), chart);
        chart.setOption(option());
        liveUpdates.subscribe(this, AccountTopics.LIST, changes -> chart.setOption(option()));
    }

    Chart chart() {
        return chart;
    }

    private ObjectNode option() {
        Map<FunnelPosition, long[]> counts = new EnumMap<>(FunnelPosition.class);
        for (FunnelPosition position : FunnelPosition.values()) {
            counts.put(position, new long[Tier.values().length]);
        }
        for (TierFunnelCount count : statistics.byTierAndFunnel()) {
            counts.get(count.position())[count.tier().ordinal()] = count.count();
        }
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        // Plain, so the three positions wrap onto two lines in a narrow card instead of paging ("1/2").
        option.putObject("legend").put("bottom", 0).put("type", "plain").put("itemGap", 8);
        option.putObject("grid").put("left", 8).put("right", 16).put("top", 32).put("bottom", 56)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "category").set("data", Chart.array(Arrays.stream(Tier.values())
                .map(tier -> getTranslation("home.tier-funnel.tier", getTranslation(tier.labelKey()))).toList()));
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("minInterval", 1)
                .put("name", getTranslation("home.tier-funnel.accounts"));
        yAxis.putObject("nameTextStyle").put("align", "left"); // from the axis rightwards, inside the card
        ArrayNode series = option.putArray("series");
        for (FunnelPosition position : FunnelPosition.values()) {
            String key = position.name().toLowerCase(Locale.ROOT);
            ObjectNode bars = series.addObject().put("id", key).put("type", "bar").put("stack", "accounts")
                    .put("name", getTranslation("home.tier-funnel." + key));
            bars.putObject("itemStyle").put("color", COLOURS.get(position));
            bars.putObject("emphasis").put("focus", "series");
            bars.set("data", Chart.array(Arrays.stream(counts.get(position)).boxed().toList()));
        }
        return option;
    }
}
