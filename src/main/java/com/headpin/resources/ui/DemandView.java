package com.headpin.resources.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.resources.DemandLine;
import com.headpin.resources.DemandOutlook;
import com.headpin.resources.DemandService;
import com.headpin.resources.ResourceTopics;
import com.headpin.resources.ResourceType;
import com.headpin.security.Role;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.chart.Chart;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demand against capacity, per type and month for the next six months: bars of expected days from open deals (and
 * other demand sources) beside a line of the people's capacity, so next quarter's shortage shows early; the table
 * below marks the short months. Follows deals and requests live.
 */
@Route("resources/demand")
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.ADMIN})
class DemandView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS = 6;
    private static final String DEMAND_COLOUR = "#ee6666";
    private static final String CAPACITY_COLOUR = "#5470c6";

    private final DemandService demand;
    private final YearMonth from;
    private final Select<ResourceType> type = new Select<>();
    private final Chart chart = new Chart();
    private final Grid<DemandLine> grid = new Grid<>();

    DemandView(DemandService demand, LiveUpdates liveUpdates, BusinessCalendar calendar) {
        this.demand = demand;
        this.from = YearMonth.from(calendar.today());
        setMaxWidth("80rem");
        type.setLabel(getTranslation("resource.type"));
        type.setId("demand-type");
        type.setItems(ResourceType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        type.setValue(ResourceType.CONSULTANT);
        type.addValueChangeListener(e -> reload());
        chart.setId("demand-chart");
        chart.setHeight("320px");
        grid.setId("demand-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new ResourcesNav(), new Paragraph(getTranslation("resource.demand.help")), type, chart, grid);
        liveUpdates.subscribe(this, ResourceTopics.BOARD, changes -> reload());
        liveUpdates.subscribe(this, com.headpin.deals.DealTopics.LIST, changes -> reload());
        reload();
    }

    Chart chart() {
        return chart;
    }

    private void reload() {
        DemandOutlook outlook = demand.outlook(from, MONTHS);
        DemandLine line = outlook.lines().stream().filter(l -> l.type() == type.getValue()).findFirst()
                .orElse(outlook.lines().getFirst());
        chart.setOption(option(outlook.months(), line));
        columns(outlook.months());
        grid.setItems(outlook.lines());
    }

    private ObjectNode option(List<YearMonth> months, DemandLine line) {
        ObjectNode option = Chart.newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 8).put("right", 16).put("top", 16).put("bottom", 36)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "category").set("data", Chart.array(months.stream()
                .map(this::month).toList()));
        option.putObject("yAxis").put("type", "value").put("name", getTranslation("resource.days"));
        ArrayNode series = option.putArray("series");
        ObjectNode bars = series.addObject().put("id", "demand").put("type", "bar")
                .put("name", getTranslation("resource.demand.expected"));
        bars.putObject("itemStyle").put("color", DEMAND_COLOUR);
        bars.set("data", Chart.array(line.demand()));
        ObjectNode capacity = series.addObject().put("id", "capacity").put("type", "line").put("step", "middle")
                .put("name", getTranslation("resource.demand.capacity"));
        capacity.putObject("itemStyle").put("color", CAPACITY_COLOUR);
        capacity.set("data", Chart.array(line.capacity()));
        return option;
    }

    private void columns(List<YearMonth> months) {
        grid.removeAllColumns();
        grid.addColumn(l -> getTranslation(l.type().labelKey())).setHeader(getTranslation("resource.type"))
                .setAutoWidth(true);
        for (int i = 0; i < months.size(); i++) {
            int month = i;
            grid.addColumn(l -> cell(l.demand().get(month), l.capacity().get(month)))
                    .setHeader(month(months.get(i))).setAutoWidth(true);
        }
        grid.setPartNameGenerator(l -> l.isShort() ? "short" : null);
    }

    private String cell(BigDecimal need, BigDecimal have) {
        return getTranslation(need.compareTo(have) > 0 ? "resource.demand.cell.short" : "resource.demand.cell",
                RequestTexts.days(need, getLocale()), RequestTexts.days(have, getLocale()));
    }

    private String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("zh".equals(getLocale().getLanguage()) ? "yyyy年M月"
                : "MMM yyyy", getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resource.demand");
    }
}
