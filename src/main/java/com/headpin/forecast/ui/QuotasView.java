package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealTopics;
import com.headpin.forecast.AttainmentService;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.Periods;
import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaService;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Quotas of a fiscal year: the tree of units with the top-down quota a director set, the roll-up of their reps'
 * quotas and the gap; rep rows with their year and quarters (months in the editor). Managers above a rep edit the
 * rep's quota, directors above a unit set and hand down its top-down quota; everyone sees changes as they are saved.
 * Below, attainment over the year for the caller's part.
 */
@Route("forecast/quotas")
@PermitAll
class QuotasView extends VerticalLayout implements HasDynamicTitle {

    private final QuotaService quotas;
    private final Periods periods;
    private final LiveUpdates liveUpdates;
    private final Timeline timeline;
    private final LiveForms liveForms;
    private final Select<Integer> year = new Select<>();
    private final TreeGrid<QuotaLine> grid = new TreeGrid<>();
    private final AttainmentChart attainment;
    private QuotaBoard board;

    QuotasView(QuotaService quotas, AttainmentService attainmentService, Periods periods, LiveUpdates liveUpdates,
               Timeline timeline, LiveForms liveForms) {
        this.liveForms = liveForms;
        this.quotas = quotas;
        this.periods = periods;
        this.liveUpdates = liveUpdates;
        this.timeline = timeline;
        addClassName("quotas-view");
        setSizeFull();
        int current = quotas.currentFiscalYear();
        year.setId("quota-year");
        year.setAriaLabel(getTranslation("forecast.quota.year"));
        year.setItems(List.of(current - 2, current - 1, current, current + 1));
        year.setItemLabelGenerator(y -> periods.label(periods.year(y), getLocale()));
        year.setValue(current);
        attainment = new AttainmentChart(attainmentService, periods, current);
        Paragraph intro = new Paragraph(getTranslation("forecast.quota.intro"));
        intro.addClassName("quota-intro");
        HorizontalLayout bar = new HorizontalLayout(year, intro);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        configureGrid();
        board = quotas.board(current);
        show();
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                reload();
                attainment.show(e.getValue());
            }
        });
        liveUpdates.subscribe(this, ForecastTopics.NUMBERS, changes -> {
            reload();
            attainment.show(year.getValue());
        });
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> attainment.show(year.getValue()));
        add(new ForecastTabs(ForecastTabs.Page.QUOTAS), bar, grid, attainment);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("quota-tree");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMinHeight("18rem");
        // Wide enough for a name three levels down the tree: the amounts take only what they need.
        grid.addHierarchyColumn(QuotaLine::name).setHeader(getTranslation("forecast.quota.name"))
                .setWidth("20rem").setFlexGrow(1).setResizable(true);
        money("forecast.top-down", line -> line.unit() == null || line.unit().topDown() == null ? null
                : line.unit().topDown().yearly());
        money("forecast.quota.roll-up-or-year", line -> line.unit() != null ? line.unit().rollUp()
                : line.rep() == null || line.rep().quota() == null ? null : line.rep().yearly());
        money("forecast.quota-gap", line -> line.unit() == null ? null : line.unit().gap());
        for (int q = 0; q < 4; q++) {
            int index = q;
            money("forecast.quota.quarter." + (q + 1), line -> line.quarter(index));
        }
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("forecast.quota.actions")).setAutoWidth(true)
                .setFlexGrow(0);
    }

    private void money(String headerKey, Function<QuotaLine, @Nullable BigDecimal> amount) {
        grid.addColumn(line -> {
            BigDecimal value = amount.apply(line);
            return value == null ? "" : Money.format(value, getLocale());
        }).setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private Component actions(QuotaLine line) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        int fiscalYear = board.fiscalYear();
        if (line.rep() != null && line.rep().mayEdit()) {
            actions.add(button("forecast.quota.edit", "edit-quota-rep-" + line.rep().repId(), () -> new QuotaDialog(
                    quotas, liveForms, periods, liveUpdates, timeline, fiscalYear, line.name(), line.rep().repId(),
                    null, line.rep().quota(), this::reload).open()));
        }
        QuotaBoard.Unit unit = line.unit();
        if (unit != null && unit.maySet()) {
            actions.add(button("forecast.quota.set-top-down", "edit-quota-unit-" + unit.unitId(), () -> new QuotaDialog(
                    quotas, liveForms, periods, liveUpdates, timeline, fiscalYear, unit.name(), null, unit.unitId(),
                    unit.topDown(), this::reload).open()));
            if (unit.topDown() != null) {
                actions.add(button("forecast.quota.distribute", "distribute-quota-" + unit.unitId(),
                        () -> new DistributeDialog(quotas, liveForms, fiscalYear, unit, this::reload).open()));
            }
        }
        if (line.rep() != null && !line.rep().mayEdit() && line.rep().quota() != null) {
            Span months = new Span(getTranslation("forecast.quota.months-hint"));
            months.getElement().setAttribute("title", monthsText(line));
            months.addClassName("quota-months-hint");
            actions.add(months);
        }
        return actions;
    }

    private String monthsText(QuotaLine line) {
        List<String> parts = new ArrayList<>();
        List<BigDecimal> months = line.months();
        for (int m = 0; m < months.size(); m++) {
            parts.add(periods.label(periods.month(board.fiscalYear(), m + 1), getLocale()) + ": "
                    + Money.format(months.get(m), getLocale()));
        }
        return String.join("\n", parts);
    }

    private Button button(String labelKey, String id, Runnable open) {
        Button button = new Button(getTranslation(labelKey), e -> open.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void reload() {
        Integer value = year.getValue();
        board = quotas.board(value == null ? quotas.currentFiscalYear() : value);
        show();
    }

    /** The tree again: units under their parents, reps under each of their teams shown. */
    private void show() {
        TreeData<QuotaLine> data = new TreeData<>();
        java.util.Map<Long, QuotaLine> units = new java.util.HashMap<>();
        for (QuotaBoard.Unit unit : board.units()) {
            QuotaLine line = QuotaLine.of(unit);
            QuotaLine parent = unit.parentId() == null ? null : units.get(unit.parentId());
            data.addItem(parent, line);
            units.put(unit.unitId(), line);
        }
        for (QuotaBoard.Rep rep : board.reps()) {
            if (rep.teamIds().isEmpty()) {
                data.addItem(null, QuotaLine.of(rep, 0));
            }
            rep.teamIds().stream().filter(units::containsKey).sorted()
                    .forEach(teamId -> data.addItem(units.get(teamId), QuotaLine.of(rep, teamId)));
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), 4);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forecast.tab.quotas");
    }
}
