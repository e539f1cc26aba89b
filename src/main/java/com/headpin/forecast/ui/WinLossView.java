package com.headpin.forecast.ui;

import java.util.EnumSet;
import java.util.Locale;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealOutcomeReport;
import com.headpin.deals.DealTopics;
import com.headpin.deals.OutcomeReport;
import com.headpin.deals.SalesProcessService;
import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Win/loss for a period: deals won and lost with their totals and win rate, why deals were lost, which competitors
 * won them, and how long won deals spent in each stage; the deals themselves below. As far as the caller may open
 * deals; follows deal changes live; exported as CSV.
 */
@Route("forecast/win-loss")
@PermitAll
class WinLossView extends VerticalLayout implements HasDynamicTitle {

    private final DealOutcomeReport reports;
    private final SalesProcessService process;
    private final PeriodPicker picker;
    private final Span summary = new Span();
    private final Grid<OutcomeReport.Reason> reasons = new Grid<>();
    private final Grid<OutcomeReport.CompetitorWins> competitors = new Grid<>();
    private final Grid<OutcomeReport.StageCycle> cycles = new Grid<>();
    private final Grid<OutcomeReport.ClosedDeal> deals = new Grid<>();

    WinLossView(DealOutcomeReport reports, SalesProcessService process, Periods periods, LiveUpdates liveUpdates) {
        this.reports = reports;
        this.process = process;
        addClassName("win-loss-view");
        picker = new PeriodPicker(periods, EnumSet.of(PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH),
                PeriodKind.QUARTER);
        picker.setId("win-loss-period");
        summary.setId("win-loss-summary");
        summary.addClassName("win-loss-summary");
        configureGrids();
        Locale language = getLocale();
        WinLossCsv csv = new WinLossCsv(this::getTranslation, language, process.current());
        HorizontalLayout bar = new HorizontalLayout(picker, summary, csv.link(() -> reports.between(
                picker.value().start(), picker.value().end())));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        FlexLayout tables = new FlexLayout(section("forecast.win-loss.reasons", reasons),
                section("forecast.win-loss.competitors", competitors), section("forecast.win-loss.cycle", cycles));
        tables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tables.addClassName("win-loss-tables");
        tables.setWidthFull();
        Div list = section("forecast.win-loss.deals", deals);
        list.setWidthFull();
        add(new ForecastTabs(ForecastTabs.Page.WIN_LOSS), bar, tables, list);
        picker.addPeriodListener(period -> show());
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> show());
        show();
    }

    private Div section(String titleKey, Grid<?> grid) {
        Div section = new Div(new H3(getTranslation(titleKey)), grid);
        section.addClassName("win-loss-section");
        section.getStyle().set("flex", "1 1 22rem").set("min-width", "min(22rem, 100%)");
        return section;
    }

    private void configureGrids() {
        reasons.setId("win-loss-reasons");
        reasons.addColumn(r -> r.reason().isEmpty() ? getTranslation("forecast.win-loss.none") : r.reason())
                .setHeader(getTranslation("forecast.win-loss.reason")).setFlexGrow(3);
        reasons.addColumn(OutcomeReport.Reason::deals).setHeader(getTranslation("forecast.win-loss.deal-count"))
                .setTextAlign(ColumnTextAlign.END);
        reasons.addColumn(r -> Money.format(r.amount(), getLocale()))
                .setHeader(getTranslation("forecast.win-loss.amount")).setTextAlign(ColumnTextAlign.END);
        competitors.setId("win-loss-competitors");
        competitors.addColumn(c -> c.name().isEmpty() ? getTranslation("forecast.win-loss.none") : c.name())
                .setHeader(getTranslation("forecast.win-loss.competitor")).setFlexGrow(2);
        competitors.addColumn(OutcomeReport.CompetitorWins::deals)
                .setHeader(getTranslation("forecast.win-loss.deal-count")).setTextAlign(ColumnTextAlign.END);
        competitors.addColumn(c -> Money.format(c.amount(), getLocale()))
                .setHeader(getTranslation("forecast.win-loss.amount")).setTextAlign(ColumnTextAlign.END);
        cycles.setId("win-loss-cycles");
        cycles.addColumn(c -> process.current().stage(c.stage()).name(getLocale()))
                .setHeader(getTranslation("forecast.win-loss.stage")).setFlexGrow(2);
        cycles.addColumn(c -> getTranslation("forecast.win-loss.days", Math.round(c.averageDays())))
                .setHeader(getTranslation("forecast.win-loss.average-days")).setTextAlign(ColumnTextAlign.END);
        cycles.addColumn(OutcomeReport.StageCycle::deals).setHeader(getTranslation("forecast.win-loss.deal-count"))
                .setTextAlign(ColumnTextAlign.END);
        deals.setId("win-loss-deals");
        deals.addComponentColumn(d -> new Anchor("deals/" + d.id(), d.name()))
                .setHeader(getTranslation("forecast.win-loss.deal")).setFlexGrow(3);
        deals.addColumn(d -> getTranslation(d.outcome().labelKey()))
                .setHeader(getTranslation("forecast.win-loss.outcome"));
        deals.addColumn(d -> Dates.format(d.closedOn(), getLocale()))
                .setHeader(getTranslation("forecast.win-loss.closed-on"));
        deals.addColumn(d -> Money.format(d.amount(), getLocale()))
                .setHeader(getTranslation("forecast.win-loss.amount")).setTextAlign(ColumnTextAlign.END);
        deals.addColumn(d -> d.lostReason() == null ? "" : d.lostReason())
                .setHeader(getTranslation("forecast.win-loss.reason")).setFlexGrow(2);
        deals.addColumn(d -> d.lostTo() == null ? "" : d.lostTo())
                .setHeader(getTranslation("forecast.win-loss.competitor"));
        for (Grid<?> grid : java.util.List.of(reasons, competitors, cycles, deals)) {
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
    }

    private void show() {
        Period period = picker.value();
        OutcomeReport report = reports.between(period.start(), period.end());
        Integer rate = report.winRatePercent();
        summary.setText(getTranslation("forecast.win-loss.summary", report.wonCount(),
                Money.format(report.wonAmount(), getLocale()), report.lostCount(),
                Money.format(report.lostAmount(), getLocale()), rate == null ? "–" : rate + "%"));
        reasons.setItems(report.reasons());
        competitors.setItems(report.competitors());
        cycles.setItems(report.cycles());
        deals.setItems(report.deals());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forecast.tab.win-loss");
    }
}
