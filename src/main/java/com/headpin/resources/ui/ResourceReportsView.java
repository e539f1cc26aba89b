package com.headpin.resources.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.resources.ResourceReportService;
import com.headpin.resources.ResourceTopics;
import com.headpin.resources.UnmetRow;
import com.headpin.resources.UtilisationReport;
import com.headpin.resources.UtilisationRow;
import com.headpin.security.Role;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.CsvExportLink;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Utilisation per person and per type for the last three months and the next three, demand not met and the time
 * from request to assignment per type; the utilisation as CSV. Follows requests live.
 */
@Route("resources/reports")
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.ADMIN})
class ResourceReportsView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS = 6;

    private final ResourceReportService reports;
    private final YearMonth from;
    private final Grid<UtilisationRow> people = grid("utilisation-people");
    private final Grid<UtilisationRow> types = grid("utilisation-types");
    private final Grid<UnmetRow> unmet = new Grid<>();

    ResourceReportsView(ResourceReportService reports, LiveUpdates liveUpdates, BusinessCalendar calendar) {
        this.reports = reports;
        this.from = YearMonth.from(calendar.today()).minusMonths(MONTHS / 2);
        setMaxWidth("90rem");
        unmet.setId("unmet");
        unmet.setAllRowsVisible(true);
        unmet.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("resource.type"));
        unmet.addColumn(r -> getTranslation("resource.report.count-days", r.overdue(),
                RequestTexts.days(r.overdueDays(), getLocale()))).setHeader(getTranslation("resource.report.overdue"));
        unmet.addColumn(r -> getTranslation("resource.report.count-days", r.declined(),
                RequestTexts.days(r.declinedDays(), getLocale()))).setHeader(getTranslation("resource.report.declined"));
        unmet.addColumn(r -> r.assigned() == 0 ? "—" : getTranslation("resource.report.lead-time",
                RequestTexts.days(r.averageDaysToAssign(), getLocale()), r.assigned()))
                .setHeader(getTranslation("resource.report.time-to-assign"));
        Locale locale = getLocale();
        CsvExportLink csv = new CsvExportLink("utilisation-csv", "resource.report.csv", "utilisation.csv",
                () -> reports.csv(from, MONTHS, locale));
        add(new ResourcesNav(), csv, new H3(getTranslation("resource.report.people")), people,
                new H3(getTranslation("resource.report.types")), types,
                new H3(getTranslation("resource.report.unmet")), unmet);
        liveUpdates.subscribe(this, ResourceTopics.BOARD, changes -> reload());
        reload();
    }

    private static Grid<UtilisationRow> grid(String id) {
        Grid<UtilisationRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void reload() {
        UtilisationReport report = reports.report(from, MONTHS);
        columns(people, report.months(), true);
        columns(types, report.months(), false);
        people.setItems(report.people());
        types.setItems(report.types());
        unmet.setItems(report.unmet());
    }

    private void columns(Grid<UtilisationRow> grid, List<YearMonth> months, boolean named) {
        grid.removeAllColumns();
        if (named) {
            grid.addColumn(UtilisationRow::person).setHeader(getTranslation("resource.person")).setAutoWidth(true);
        }
        grid.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("resource.type"))
                .setAutoWidth(true);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("zh".equals(getLocale().getLanguage()) ? "yyyy年M月"
                : "MMM yyyy", getLocale());
        for (int i = 0; i < months.size(); i++) {
            int month = i;
            grid.addColumn(r -> getTranslation("resource.percent", r.percent(month)))
                    .setHeader(months.get(i).format(format)).setAutoWidth(true);
        }
        grid.setPartNameGenerator(r -> java.util.stream.IntStream.range(0, months.size())
                .anyMatch(i -> r.percent(i) > 100) ? "over" : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resource.reports");
    }
}
