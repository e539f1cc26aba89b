package com.headpin.forecast.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.SalesProcessService;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.Movement;
import com.headpin.forecast.MovementScope;
import com.headpin.forecast.MovementService;
import com.headpin.forecast.Periods;
import com.headpin.forecast.SnapshotService;
import com.headpin.forecast.SnapshotSummary;
import com.headpin.shared.Dates;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.Money;
import com.headpin.shared.ui.CsvExportLink;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * How a commitment moved between two weekly snapshots (by default the last two): the waterfall, the deals behind a
 * step (click its bar, or choose the step), the movement report as CSV or XLSX, and for directors a snapshot now.
 * Follows new snapshots live.
 */
@Route("forecast/movement")
@PermitAll
class MovementView extends VerticalLayout implements HasDynamicTitle {

    private final MovementService movements;
    private final SnapshotService snapshots;
    private final Periods periods;
    private final Select<MovementScope> scope = new Select<>();
    private final Select<SnapshotSummary> from = new Select<>();
    private final Select<SnapshotSummary> to = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final MovementChart chart = new MovementChart();
    private final MovementDeals deals;
    private final HorizontalLayout exports;
    private volatile @Nullable Movement shown;

    MovementView(MovementService movements, SnapshotService snapshots, Periods periods, SalesProcessService process,
                 HeadpinI18NProvider i18n, LiveUpdates liveUpdates) {
        this.movements = movements;
        this.snapshots = snapshots;
        this.periods = periods;
        this.deals = new MovementDeals(process.current());
        setId("movement-view");
        scope.setId("movement-scope");
        scope.setLabel(getTranslation("forecast.movement.scope"));
        scope.setItems(movements.scopes());
        scope.setItemLabelGenerator(s -> s.repId() != null ? s.name()
                : "\u2003".repeat(Math.max(0, s.depth())) + s.name());
        scope.getListDataView().getItems().findFirst().ifPresent(scope::setValue);
        configure(from, "movement-from", "forecast.movement.from");
        configure(to, "movement-to", "forecast.movement.to");
        // The language now: a download runs outside the UI, where the UI's locale is not known.
        MovementExport export = new MovementExport(i18n, periods, process.current(), getLocale());
        CsvExportLink csv = new CsvExportLink("movement-csv", "forecast.movement.export.csv", "movement.csv",
                () -> shown == null ? "" : export.csv(Objects.requireNonNull(shown)));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = shown == null ? new byte[0] : export.xlsx(Objects.requireNonNull(shown));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "movement.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "");
        xlsx.setId("movement-xlsx");
        xlsx.getElement().setAttribute("download", true);
        xlsx.add(VaadinIcon.DOWNLOAD.create());
        xlsx.add(" " + getTranslation("forecast.movement.export.xlsx"));
        xlsx.addClassName("export-link");
        exports = new HorizontalLayout(csv, xlsx);
        HorizontalLayout toolbar = new HorizontalLayout(scope, from, to, new SnapshotButton(snapshots), exports);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("movement-summary");
        empty.setId("movement-empty");
        Paragraph rules = new Paragraph(getTranslation("forecast.movement.rules"));
        rules.addClassName("forecast-note");
        chart.onStepClicked(deals::select);
        add(new ForecastTabs(ForecastTabs.Page.MOVEMENT), toolbar, empty, summary, chart, deals, rules);
        scope.addValueChangeListener(e -> reload());
        fillSnapshots();
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        reload();
        liveUpdates.subscribe(this, ForecastTopics.SNAPSHOTS, changes -> {
            fillSnapshots();
            reload();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forecast.tab.movement");
    }

    MovementChart chart() {
        return chart;
    }

    MovementDeals deals() {
        return deals;
    }

    private void configure(Select<SnapshotSummary> select, String id, String labelKey) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItemLabelGenerator(s -> getTranslation("forecast.snapshot.week",
                Dates.format(s.weekStart(), getLocale())));
    }

    /** The snapshots, newest first; the last two chosen unless the user's choice is still there. */
    private void fillSnapshots() {
        List<SnapshotSummary> all = snapshots.snapshots();
        Long fromId = from.getValue() == null ? null : from.getValue().id();
        Long toId = to.getValue() == null ? null : to.getValue().id();
        from.setItems(all);
        to.setItems(all);
        to.setValue(find(all, toId).orElse(all.isEmpty() ? null : all.getFirst()));
        from.setValue(find(all, fromId).orElse(all.size() < 2 ? null : all.get(1)));
    }

    private static Optional<SnapshotSummary> find(List<SnapshotSummary> all, @Nullable Long id) {
        return all.stream().filter(s -> id != null && s.id() == id).findFirst();
    }

    private void reload() {
        Optional<Movement> movement = from.getValue() == null || to.getValue() == null || scope.getValue() == null
                ? Optional.empty()
                : movements.movement(from.getValue().id(), to.getValue().id(), scope.getValue());
        shown = movement.orElse(null);
        boolean has = movement.isPresent();
        chart.setVisible(has);
        deals.setVisible(has);
        summary.setVisible(has);
        exports.setVisible(has);
        empty.setVisible(!has);
        empty.setText(scope.getValue() == null ? getTranslation("forecast.movement.no-scope")
                : getTranslation("forecast.movement.need-two"));
        movement.ifPresent(m -> {
            Locale locale = getLocale();
            summary.setText(getTranslation("forecast.movement.summary", periods.label(m.period(), locale),
                    Money.format(m.start(), locale), Dates.format(m.from().weekStart(), locale),
                    Money.format(m.end(), locale), Dates.format(m.to().weekStart(), locale)));
            chart.show(m);
            deals.show(m);
        });
    }
}
