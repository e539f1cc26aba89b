package com.headpin.planning.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.headpin.planning.CalendarOccurrence;
import com.headpin.planning.CustomerYear;
import com.headpin.planning.PeriodKind;
import com.headpin.planning.ReminderRule;
import com.headpin.shared.Dates;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.shared.ui.chart.ChartFormat;
import com.vaadin.flow.component.Composite;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The customer's year as a timeline: one bar per season or holiday on its dates inside the year (coloured as in the
 * account plans' strip), a diamond where its reminder is due, and a line on today. Bars are stacked spans on a value
 * axis of epoch milliseconds (an invisible span up to the start), as in {@link PlanTimeline}.
 */
class CustomerYearChart extends Composite<Chart> {

    /** The strip's band colours ({@code styles.css}), readable in light and dark themes. */
    private static final Map<PeriodKind, String> COLOURS = Map.of(PeriodKind.PLANNING, "#2e7d32",
            PeriodKind.SPRING_FESTIVAL, "#c62828", PeriodKind.SELECTION, "#1565c0", PeriodKind.TENDER, "#6a1b9a",
            PeriodKind.HOLIDAYS, "#ef6c00", PeriodKind.NATIONAL_DAY, "#ad1457", PeriodKind.OTHER, "#546e7a");
    private static final String REMINDER_COLOUR = "#ffb300";
    private static final int ROW_HEIGHT = 34;
    /** Ticks 31 days apart from 1 January land early in each month, so labels never repeat. */
    private static final long MONTH_MILLIS = 31L * 24 * 60 * 60 * 1000;

    CustomerYearChart() {
        getContent().setId("customer-year-chart");
        getContent().setWidthFull();
    }

    void show(CustomerYear year, Locale locale) {
        getContent().setOption(option(year, locale));
        getContent().setHeight(Math.max(160, 90 + year.occurrences().size() * ROW_HEIGHT) + "px");
    }

    private ObjectNode option(CustomerYear year, Locale locale) {
        LocalDate first = LocalDate.of(year.year(), 1, 1);
        LocalDate next = first.plusYears(1);
        List<CalendarOccurrence> rows = year.occurrences();
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("bottom", 0).set("data",
                Chart.array(List.of(getTranslation("customer-year.due"))));
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 28).put("bottom", 40)
                .put("containLabel", true);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "value").put("min", millis(first))
                .put("max", millis(next)).put("interval", MONTH_MILLIS);
        xAxis.putObject("axisLabel").put("formatter", ChartFormat.MONTH.reference());
        xAxis.putObject("splitLine").put("show", true);
        option.putObject("yAxis").put("type", "category").put("inverse", true)
                .set("data", Chart.array(rows.stream().map(o -> PlanTexts.periodName(o.period(), this)).toList()));

        ArrayNode series = option.putArray("series");
        ObjectNode base = series.addObject().put("id", "start").put("type", "bar").put("stack", "period")
                .put("silent", true);
        base.putObject("itemStyle").put("color", "transparent");
        base.putObject("tooltip").put("show", false);
        base.set("data", Chart.array(rows.stream().map(o -> millis(later(o.dates().from(), first))).toList()));
        if (!year.today().isBefore(first) && year.today().isBefore(next)) {
            ObjectNode today = base.putObject("markLine").put("silent", true).put("symbol", "none");
            // At the top: the axis labels are at the bottom.
            today.putObject("label").put("formatter", getTranslation("customer-year.today")).put("position", "start");
            today.putObject("lineStyle").put("color", REMINDER_COLOUR).put("type", "dashed");
            today.putArray("data").addObject().put("xAxis", millis(year.today()));
        }

        ObjectNode spans = series.addObject().put("id", "periods").put("name", getTranslation("customer-year.periods"))
                .put("type", "bar").put("stack", "period").put("barWidth", 16);
        spans.putObject("itemStyle").put("color", COLOURS.get(PeriodKind.PLANNING));
        ArrayNode spanData = spans.putArray("data");
        for (CalendarOccurrence o : rows) {
            LocalDate end = earlier(o.dates().to().plusDays(1), next);
            ObjectNode item = spanData.addObject().put("value", millis(end) - millis(later(o.dates().from(), first)));
            item.putObject("itemStyle").put("color", COLOURS.get(o.period().kind()));
            item.putObject("tooltip").put("formatter", text(PlanTexts.periodName(o.period(), this) + ": "
                    + Dates.format(o.dates().from(), locale) + " – " + Dates.format(o.dates().to(), locale)
                    + (o.blackout() ? " · " + getTranslation("calendar.blackout") : "")));
        }

        ObjectNode pins = series.addObject().put("id", "reminders").put("name", getTranslation("customer-year.due"))
                .put("type", "scatter").put("symbol", "diamond").put("symbolSize", 14);
        pins.putObject("itemStyle").put("color", REMINDER_COLOUR);
        ArrayNode pinData = pins.putArray("data");
        for (int row = 0; row < rows.size(); row++) {
            CalendarOccurrence o = rows.get(row);
            ReminderRule rule = o.period().reminder();
            LocalDate due = rule.dueOn(o.dates().from());
            if (rule.reminds() && !due.isBefore(first) && due.isBefore(next)) {
                ObjectNode pin = pinData.addObject();
                pin.putArray("value").add(millis(due)).add(row);
                pin.putObject("tooltip").put("formatter", text(getTranslation("customer-year.pin",
                        Dates.format(due, locale), getTranslation(rule.action().labelKey()))));
            }
        }
        return option;
    }

    /** Tooltip text as ECharts reads it: no template braces, no markup. */
    private static String text(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("{", "(")
                .replace("}", ")");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
