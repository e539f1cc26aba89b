package com.headpin.deals.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.accounts.AccountService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealBoardService;
import com.headpin.deals.DealCsvService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealSummary;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.headpin.shared.ui.CsvExportLink;
import com.headpin.shared.ui.FoldingFilters;
import com.headpin.shared.ui.PhoneWidth;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;

/**
 * The deal list: the board's filters, saved per user, so the user's own deals by default (clear the owner for all they
 * may see), plus name, stage and outcome; lazily loaded; refreshes when anyone changes a deal or the sales process.
 * Exports what it shows as CSV and imports an existing pipeline.
 */
@Route("deals")
@PermitAll
@Menu(order = 20, title = "nav.deals", icon = "vaadin:handshake")
class DealsView extends VerticalLayout implements HasDynamicTitle {

    private final DealService deals;
    private final Grid<DealSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final DealFilterBar shared;
    private final Select<DealStage> stage = new Select<>();
    private final Select<DealOutcome> outcome = new Select<>();
    private SalesProcess process;

    DealsView(DealService deals, DealBoardService board, DealCsvService csv, SalesProcessService processes,
              AccountService accounts, LiveUpdates liveUpdates) {
        this.deals = deals;
        this.process = processes.current();
        setSizeFull();
        shared = new DealFilterBar(board, () -> grid.getDataProvider().refreshAll());
        configureFilters();
        Button create = new Button(getTranslation("deals.new"), VaadinIcon.PLUS.create(),
                e -> new NewDealDialog(deals, accounts).open());
        create.setId("new-deal");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button importFile = new Button(getTranslation("deals.import"), VaadinIcon.UPLOAD.create(),
                e -> new DealImportDialog(csv).open());
        importFile.setId("import-deals");
        // A RESOURCE reads and exports the deals they see but starts or imports none.
        boolean mayEdit = deals.choices(null).mayEdit();
        create.setVisible(mayEdit);
        importFile.setVisible(mayEdit);
        // The language now: a download runs outside the UI, where the UI's locale is not known.
        Locale language = getLocale();
        CsvExportLink export = new CsvExportLink("export-deals", "deals.export", "deals.csv",
                () -> csv.export(filter(), language));
        configureGrid();
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> {
            process = processes.current();
            grid.getDataProvider().refreshAll();
        });
        FoldingFilters toolbar = new FoldingFilters("deal-list-filters", search, shared, stage, outcome);
        FlexLayout actions = new FlexLayout(create, importFile, export);
        actions.addClassName("action-bar");
        add(toolbar, actions, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.deals");
    }

    DealFilter filter() {
        return new DealFilter(search.getValue(), null, null, stage.getValue(), outcome.getValue())
                .withShared(shared.filter());
    }

    private void configureFilters() {
        search.setId("deal-search");
        search.setPlaceholder(getTranslation("deals.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        stage.setId("deal-filter-stage");
        stage.setLabel(getTranslation("deal.stage"));
        stage.setItems(DealStage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("filter.any"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any")
                : process.stage(s).name(getLocale()));
        outcome.setId("deal-filter-outcome");
        outcome.setLabel(getTranslation("deal.outcome"));
        outcome.setItems(DealOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("filter.any"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("filter.any") : getTranslation(o.labelKey()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        outcome.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid() {
        grid.setId("deals-grid");
        var name = grid.addComponentColumn(this::nameCell).setHeader(getTranslation("deal.name"))
                .setSortProperty("name").setFlexGrow(3);
        var stageColumn = grid.addColumn(d -> process.stage(d.stage()).name(getLocale()) + " · " + d.probability()
                + "%").setHeader(getTranslation("deal.stage")).setSortProperty("stage").setAutoWidth(true);
        var status = grid.addComponentColumn(this::statusCell).setHeader(getTranslation("deal.outcome"))
                .setAutoWidth(true);
        var owner = grid.addColumn(DealSummary::ownerName).setHeader(getTranslation("deal.owner"))
                .setAutoWidth(true);
        var amountColumn = grid.addColumn(d -> Money.compact(d.amount(), getLocale()))
                .setHeader(getTranslation("deal.amount")).setSortProperty("amount").setAutoWidth(true);
        var weighted = grid.addColumn(d -> Money.compact(d.weightedAmount(), getLocale()))
                .setHeader(getTranslation("deal.weighted-amount")).setAutoWidth(true);
        var close = grid.addColumn(d -> Dates.format(d.expectedClose(), getLocale()))
                .setHeader(getTranslation("deal.expected-close")).setSortProperty("expectedClose").setAutoWidth(true);
        // On a phone: name, stage and amount only.
        PhoneWidth.track(this, phone -> {
            List.of(status, owner, weighted, close).forEach(column -> column.setVisible(!phone));
            PhoneWidth.narrowColumns(phone, stageColumn, amountColumn);
        });
        grid.setItems(query -> deals.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) deals.count(filter()));
        grid.sort(GridSortOrder.asc(name).build());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DealView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
    }

    private VerticalLayout nameCell(DealSummary deal) {
        Span name = new Span(deal.name());
        name.addClassName("deal-name");
        Span account = new Span(deal.accountName() == null ? getTranslation("deal.account.hidden")
                : deal.accountName());
        account.addClassName("deal-account");
        VerticalLayout cell = new VerticalLayout(name, account);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private Span statusCell(DealSummary deal) {
        Span badges = new Span(DealBadges.outcome(deal.outcome()));
        if (deal.stalled()) {
            badges.add(DealBadges.stalled());
        }
        return badges;
    }
}
