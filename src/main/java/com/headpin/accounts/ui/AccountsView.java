package com.headpin.accounts.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.accounts.AccountCsvService;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountNames;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.FitScore;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Tier;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.Money;
import com.headpin.shared.ui.CsvExportLink;
import com.headpin.shared.ui.FoldingFilters;
import com.headpin.shared.ui.PhoneWidth;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;

/**
 * The account list: filters for tier, industry, owner, funnel position and fit, search by name in either script,
 * lazy loading, CSV import and export of exactly what the filter shows; refreshes when anyone changes an account.
 */
@Route("accounts")
@PermitAll
@Menu(order = 10, title = "nav.accounts", icon = "vaadin:building")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Tier> tier = new Select<>();
    private final Select<Industry> industry = new Select<>();
    private final ComboBox<UserSummary> owner = new ComboBox<>();
    private final Select<FunnelPosition> funnel = new Select<>();
    private final IntegerField minFit = new IntegerField();
    private final Checkbox notPursuing = new Checkbox();
    private boolean phone;

    AccountsView(AccountService accounts, AccountCsvService csv, UserAccountService users, LiveUpdates liveUpdates,
                 OrganisationService organisation) {
        this.accounts = accounts;
        setSizeFull();
        configureFilters(users);

        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                e -> AccountFormDialog.create(accounts, users, organisation).open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button importCsv = new Button(getTranslation("accounts.import"), VaadinIcon.UPLOAD.create(),
                e -> new AccountImportDialog(csv).open());
        importCsv.setId("import-accounts");
        // The language now: a download runs outside the UI, where the UI's locale is not known.
        Locale language = getLocale();
        CsvExportLink export = new CsvExportLink("export-accounts", "accounts.export", "accounts.csv",
                () -> csv.export(filter(), language));
        // A RESOURCE reads and exports what they see, but neither creates nor imports accounts.
        boolean mayEdit = accounts.choices(null).mayEdit();
        create.setVisible(mayEdit);
        importCsv.setVisible(mayEdit);

        configureGrid();
        liveUpdates.subscribe(this, AccountTopics.LIST, changes -> grid.getDataProvider()
                .refreshAll());

        FoldingFilters toolbar = new FoldingFilters("account-filters", search, tier, industry, owner, funnel, minFit,
                notPursuing);
        FlexLayout actions = new FlexLayout(create, importCsv, export);
        actions.addClassName("action-bar");
        add(toolbar, actions, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }

    AccountFilter filter() {
        return new AccountFilter(search.getValue(), tier.getValue(), industry.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), funnel.getValue(), minFit.getValue(),
                notPursuing.getValue());
    }

    private void configureFilters(UserAccountService users) {
        search.setId("account-search");
        search.setPlaceholder(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        tier.setId("filter-tier");
        tier.setLabel(getTranslation("account.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("filter.any"));
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("filter.any") : getTranslation(t.labelKey()));
        industry.setId("filter-industry");
        industry.setLabel(getTranslation("account.industry"));
        industry.setItems(Industry.values());
        industry.setEmptySelectionAllowed(true);
        industry.setEmptySelectionCaption(getTranslation("filter.any"));
        industry.setItemLabelGenerator(i -> i == null ? getTranslation("filter.any") : getTranslation(i.labelKey()));
        owner.setId("filter-owner");
        owner.setLabel(getTranslation("account.owner"));
        owner.setItems(users.activeUsers());
        owner.setItemLabelGenerator(UserSummary::fullName);
        owner.setClearButtonVisible(true);
        funnel.setId("filter-funnel");
        funnel.setLabel(getTranslation("account.funnel-position"));
        funnel.setItems(FunnelPosition.values());
        funnel.setEmptySelectionAllowed(true);
        funnel.setEmptySelectionCaption(getTranslation("filter.any"));
        funnel.setItemLabelGenerator(f -> f == null ? getTranslation("filter.any") : getTranslation(f.labelKey()));
        minFit.setId("filter-min-fit");
        minFit.setLabel(getTranslation("accounts.min-fit"));
        minFit.setMin(0);
        minFit.setMax(100);
        minFit.setStepButtonsVisible(true);
        minFit.setStep(10);
        notPursuing.setId("filter-not-pursuing");
        notPursuing.setLabel(getTranslation("accounts.show-not-pursuing"));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        tier.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        industry.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        owner.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        funnel.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        minFit.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        notPursuing.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid() {
        grid.setId("accounts-grid");
        // Pinyin in the Chinese UI, the alphabet in the English one: by the stored keys beside the names.
        var name = grid.addComponentColumn(this::nameCell).setHeader(getTranslation("account.name"))
                .setSortProperty(AccountNames.sortProperty(getLocale())).setFlexGrow(3);
        var industryColumn = grid.addColumn(a -> getTranslation(a.industry().labelKey()))
                .setHeader(getTranslation("account.industry")).setSortProperty("industry").setAutoWidth(true);
        var funnelColumn = grid.addColumn(a -> getTranslation(a.funnelPosition().labelKey()))
                .setHeader(getTranslation("account.funnel-position")).setSortProperty("funnelPosition")
                .setAutoWidth(true);
        var ownerColumn = grid.addColumn(AccountSummary::ownerName).setHeader(getTranslation("account.owner"))
                .setAutoWidth(true);
        var tierColumn = grid.addComponentColumn(this::tierCell).setHeader(getTranslation("account.tier"))
                .setSortProperty("tier").setAutoWidth(true);
        // Incomplete scores (unscored criteria count as 0) say on how many criteria they rest, muted.
        var fitColumn = grid.addColumn(this::fitText).setKey("fit").setHeader(getTranslation("account.fit-score"))
                .setSortProperty("fitScore").setAutoWidth(true)
                .setPartNameGenerator(a -> a.fit().incomplete() ? "fit-incomplete" : null)
                .setTooltipGenerator(a -> a.fit().incomplete() ? getTranslation("scorecard.incomplete.tooltip",
                        a.fit().scored(), a.fit().criteria()) : null);
        // In full (¥8,000,000) where there is room, compact (¥8.0M) on a phone.
        var potentialColumn = grid.addColumn(a -> phone ? Money.compact(a.annualPotential(), getLocale())
                        : Money.format(a.annualPotential(), getLocale()))
                .setHeader(getTranslation("account.annual-potential")).setSortProperty("annualPotential")
                .setAutoWidth(true);
        // On a phone: name, tier and potential only — what a rep looks up between meetings — the name widest.
        PhoneWidth.track(this, narrow -> {
            phone = narrow;
            List.of(industryColumn, funnelColumn, ownerColumn, fitColumn).forEach(column -> column.setVisible(!narrow));
            PhoneWidth.narrowColumns(narrow, tierColumn, potentialColumn);
            grid.getDataProvider().refreshAll();
        });
        grid.setItems(query -> accounts.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.count(filter()));
        grid.sort(GridSortOrder.asc(name).build());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AccountView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().id())))));
    }

    private String fitText(AccountSummary account) {
        FitScore fit = account.fit();
        if (fit.score() == null) {
            return "–";
        }
        String score = fit.score().stripTrailingZeros().toPlainString();
        return fit.incomplete() ? getTranslation("accounts.fit.partial", score, fit.scored(), fit.criteria()) : score;
    }

    private VerticalLayout nameCell(AccountSummary account) {
        // The name its reader's language writes first (Pujiang Bank in English), the other one below.
        Span name = new Span(AccountNames.shown(account.name(), account.altName(), getLocale()));
        name.addClassName("account-name");
        VerticalLayout cell = new VerticalLayout(name);
        cell.setPadding(false);
        cell.setSpacing(false);
        String second = AccountNames.second(account.name(), account.altName(), getLocale());
        if (second != null) {
            Span alt = new Span(second);
            alt.addClassName("account-alt-name");
            cell.add(alt);
        }
        if (account.notPursuing()) {
            Span badge = new Span(getTranslation("account.not-pursuing"));
            badge.getElement().getThemeList().add("badge contrast small");
            cell.add(badge);
        }
        return cell;
    }

    private Span tierCell(AccountSummary account) {
        Span badge = new Span(getTranslation(account.tier().labelKey()));
        badge.getElement().getThemeList().add(switch (account.tier()) {
            case A -> "badge success";
            case B -> "badge";
            case C -> "badge contrast";
        });
        if (account.tierOverridden()) {
            badge.setText(badge.getText() + " ✎");
            badge.setTitle(getTranslation("account.tier.overridden"));
        }
        return badge;
    }
}
