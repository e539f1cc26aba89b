package com.headpin.planning.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.planning.CalendarOccurrence;
import com.headpin.planning.PlannedDeal;
import com.headpin.planning.PlanResult;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.shared.ui.chart.ChartFormat;
import com.vaadin.flow.component.Composite;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as a timeline: one bar per planned deal from prospecting to signing, coloured by stage, on a time axis;
 * the blackouts it was scheduled around shaded behind. Bars are stacked spans (an invisible one up to the start),
 * so ECharts draws them without custom rendering.
 */
class PlanTimeline extends Composite<Chart> {

    /** Stage colours, the same in light and dark themes (readable on both). */
    private static final String[] COLOURS = {"#90a4ae", "#42a5f5", "#26a69a", "#ffb300", "#ab47bc", "#ef5350"};
    private static final int ROW_HEIGHT = 28;
    /** Ticks 31 days apart from the 1st: each lands early in the next month for years, so labels never repeat. */
    private static final long MONTH_MILLIS = 31L * 24 * 60 * 60 * 1000;

    PlanTimeline() {
        getContent().setId("plan-timeline");
        getContent().setWidthFull();
    }

    void show(PlanResult shown, Locale locale) {
        getContent().setOption(option(shown, locale));
        getContent().setHeight(Math.max(160, 90 + shown.plan().deals().size() * ROW_HEIGHT) + "px");
    }

    private ObjectNode option(PlanResult shown, Locale locale) {
        SalesProcess process = shown.plan().inputs().process();
        List<PlannedDeal> deals = shown.plan().deals();
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "item").put("formatter", "{b}<br/>{a}");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 16).put("bottom", 40)
                .put("containLabel", true);
        // A value axis in milliseconds, not a time axis: ECharts stacks bars on value axes only.
        ObjectNode xAxis = option.putObject("xAxis").put("type", "value").put("scale", true);
        xAxis.putObject("axisLabel").put("formatter", ChartFormat.MONTH.reference());
        xAxis.putObject("splitLine").put("show", true);
        if (!deals.isEmpty()) {
            LocalDate first = deals.stream().map(PlannedDeal::prospectingStart).min(LocalDate::compareTo)
                    .orElseThrow().withDayOfMonth(1);
            LocalDate last = deals.stream().map(PlannedDeal::closeDate).max(LocalDate::compareTo).orElseThrow()
                    .plusMonths(1).withDayOfMonth(1);
            xAxis.put("min", millis(first)).put("max", millis(last)).put("interval", MONTH_MILLIS);
        }
        List<String> labels = deals.stream().map(d -> "#" + d.number() + " · "
                + PlanTexts.month(d.closeMonth(), locale)).toList();
        option.putObject("yAxis").put("type", "category").put("inverse", true).set("data", Chart.array(labels));
        ArrayNode series = option.putArray("series");
        ObjectNode base = series.addObject().put("id", "start").put("type", "bar").put("stack", "deal")
                .put("silent", true);
        base.putObject("itemStyle").put("color", "transparent");
        base.putObject("tooltip").put("show", false);
        base.set("data", Chart.array(deals.stream().map(d -> millis(d.prospectingStart())).toList()));
        blackouts(base, shown.blackouts());
        addSpan(series, "prospecting", translationOf("planning.prospecting"), COLOURS[0], deals,
                PlannedDeal::prospectingStart, d -> d.start(DealStage.SEMINAR));
        for (DealStage stage : List.of(DealStage.SEMINAR, DealStage.EXECUTIVE_MEETING, DealStage.CONSULTING,
                DealStage.PROPOSAL, DealStage.NEGOTIATION)) {
            DealStage next = stage.next().orElseThrow();
            addSpan(series, stage.name().toLowerCase(Locale.ROOT), process.stage(stage).name(locale),
                    COLOURS[stage.ordinal() + 1], deals, d -> d.start(stage), d -> d.start(next));
        }
        return option;
    }

    /** Shades the blackouts on the time axis (on the invisible series, so they sit behind the bars). */
    private void blackouts(ObjectNode base, List<CalendarOccurrence> blackouts) {
        ObjectNode area = base.putObject("markArea").put("silent", true);
        area.putObject("itemStyle").put("color", "rgba(128, 128, 128, 0.18)");
        ArrayNode data = area.putArray("data");
        for (CalendarOccurrence blackout : blackouts) {
            ArrayNode pair = data.addArray();
            pair.addObject().put("xAxis", millis(blackout.dates().from()));
            pair.addObject().put("xAxis", millis(blackout.dates().to().plusDays(1)));
        }
    }

    private static void addSpan(ArrayNode series, String id, String name, String colour, List<PlannedDeal> deals,
                                java.util.function.Function<PlannedDeal, LocalDate> from,
                                java.util.function.Function<PlannedDeal, LocalDate> to) {
        ObjectNode span = series.addObject().put("id", id).put("name", name).put("type", "bar")
                .put("stack", "deal").put("barWidth", 14);
        span.putObject("itemStyle").put("color", colour);
        List<Long> lengths = new ArrayList<>();
        deals.forEach(d -> lengths.add(millis(to.apply(d)) - millis(from.apply(d))));
        span.set("data", Chart.array(lengths));
    }

    private String translationOf(String key) {
        return getTranslation(key);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
