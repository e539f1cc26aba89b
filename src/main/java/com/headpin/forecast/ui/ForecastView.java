package com.headpin.forecast.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcessService;
import com.headpin.forecast.ForecastCallService;
import com.headpin.forecast.ForecastExportService;
import com.headpin.forecast.ForecastLine;
import com.headpin.forecast.ForecastService;
import com.headpin.forecast.ForecastTable;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.forecast.RepNumbers;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.CsvExportLink;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

/**
 * The four numbers for any period: per rep, team, region and company as far as the user sees them, the rep's own call
 * and the managers' adjustments, the deals behind every number, the funnel against the 9-6-5-5-3-1 target and the
 * numbers per rep as charts. Everything follows deal and forecast changes while open.
 */
@Route("forecast")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DIRECTOR, Role.Names.REP})
@Menu(order = 22.5, title = "nav.forecast", icon = "vaadin:chart")
class ForecastView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ForecastService forecasts;
    private final ForecastCallService calls;
    private final LiveForms liveForms;
    private final SalesProcessService processes;
    private final Periods periods;
    private final BusinessCalendar calendar;
    private final long me;
    private final PeriodPicker picker;
    private final NumbersGrid grid;
    private final FunnelChart funnel = new FunnelChart();
    private final RepNumbersChart repChart = new RepNumbersChart();
    private final Div empty = new Div();
    private ForecastTable table;
    private String scopeKey = "";

    ForecastView(ForecastService forecasts, ForecastCallService calls, ForecastExportService exports,
                 Periods periods, SalesProcessService processes, BusinessCalendar calendar, CurrentUser currentUser,
                 LiveUpdates liveUpdates, LiveForms liveForms) {
        this.forecasts = forecasts;
        this.liveForms = liveForms;
        this.calls = calls;
        this.processes = processes;
        this.periods = periods;
        this.calendar = calendar;
        this.me = currentUser.requireId();
        setId("forecast-view");
        addClassName("forecast-view");
        picker = new PeriodPicker(periods, Set.of(PeriodKind.values()), PeriodKind.QUARTER);
        picker.addPeriodListener(period -> reload());
        grid = new NumbersGrid(this::openDeals, this::openRep);
        grid.grid().addItemClickListener(e -> {
            scopeKey = e.getItem().key();
            showFunnel();
        });
        repChart.chart().addClickListener(e -> {
            List<RepNumbers> reps = table.reps();
            if (e.dataIndex() >= 0 && e.dataIndex() < reps.size()) {
                RepNumbers rep = reps.get(e.dataIndex());
                grid.lines().stream().filter(line -> line.rep() == rep).findFirst()
                        .ifPresent(line -> openDeals(new NumbersGrid.Clicked(line, "forecast.chart.reps")));
            }
        });
        // The language now: a download runs outside the UI, where the UI's locale is not known.
        Locale language = getLocale();
        CsvExportLink csv = new CsvExportLink("forecast-export-csv", "forecast.export.csv", "forecast.csv",
                () -> exports.csv(picker.value().key(), language));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            String key = picker.value().key();
            byte[] bytes = exports.xlsx(key, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    ForecastExportService.fileName(key, "xlsx"), XLSX_TYPE, bytes.length);
        }), "");
        xlsx.setId("forecast-export-xlsx");
        xlsx.getElement().setAttribute("download", true);
        xlsx.add(VaadinIcon.DOWNLOAD.create());
        xlsx.add(" " + getTranslation("forecast.export.xlsx"));
        xlsx.addClassName("export-link");
        FlexLayout toolbar = new FlexLayout(picker, csv, xlsx);
        toolbar.addClassName("filter-bar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(Alignment.BASELINE);
        empty.setId("forecast-empty");
        empty.setText(getTranslation("forecast.empty"));
        grid.grid().setHeight("26rem");
        FlexLayout charts = new FlexLayout(funnel, repChart);
        charts.addClassName("forecast-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        add(new ForecastTabs(ForecastTabs.Page.NUMBERS), toolbar, empty, grid, charts);
        reload();
        // A deal moving, won or re-dated, and any call, adjustment or quota change alter the numbers for everyone.
        liveUpdates.subscribe(this, ForecastTopics.NUMBERS, changes -> reload());
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> reload());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.forecast");
    }

    ForecastTable table() {
        return table;
    }

    NumbersGrid numbers() {
        return grid;
    }

    FunnelChart funnel() {
        return funnel;
    }

    RepNumbersChart repChart() {
        return repChart;
    }

    PeriodPicker picker() {
        return picker;
    }

    private void reload() {
        Period period = picker.value();
        table = forecasts.table(period);
        List<ForecastLine> lines = ForecastLine.of(table);
        grid.show(lines, me, table.managedRepIds());
        boolean any = !lines.isEmpty();
        empty.setVisible(!any);
        grid.setVisible(any);
        funnel.setVisible(any);
        repChart.setVisible(!table.reps().isEmpty());
        repChart.show(table.reps());
        showFunnel();
    }

    private void showFunnel() {
        List<ForecastLine> lines = grid.lines();
        Optional<ForecastLine> scope = lines.stream().filter(line -> line.key().equals(scopeKey)).findFirst()
                .or(() -> lines.stream().findFirst());
        scope.ifPresent(line -> funnel.show(line, processes.current()));
    }

    private void openDeals(NumbersGrid.Clicked clicked) {
        ForecastLine line = clicked.line();
        Long repId = line.rep() == null ? null : line.rep().repId();
        Long unitId = line.unit() == null ? null : line.unit().unitId();
        String title = getTranslation(clicked.figureKey()) + " · " + line.name() + " · "
                + periods.label(table.period(), getLocale());
        new DealsBehindDialog(title, forecasts.dealsBehind(table.period(), repId, unitId), processes.current())
                .open();
    }

    private void openRep(RepNumbers rep) {
        new RepNumbersDialog(calls, liveForms, table.period(), periods.label(table.period(), getLocale()),
                rep.repId(), rep.name(), calendar.zone()).open();
    }
}
