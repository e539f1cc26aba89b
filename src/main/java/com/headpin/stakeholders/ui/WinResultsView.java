package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.Role;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.StakeholderTopics;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.WinResultCatalogService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The company's standard win results (domain notes, section 5), which every deal's win-results exercise offers:
 * directors and administrators add them, rename them in both languages, reorder and deactivate them. One in use is
 * deactivated, not deleted, so the people who have it keep it. Follows everyone's changes live.
 */
@Route("win-results")
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.ADMIN})
@Menu(order = 21.5, title = "nav.win-results", icon = "vaadin:trophy")
class WinResultsView extends VerticalLayout implements HasDynamicTitle {

    private final WinResultCatalogService catalog;
    private final LiveForms liveForms;
    private final Grid<StandardWinResult> grid = new Grid<>();

    WinResultsView(WinResultCatalogService catalog, LiveUpdates liveUpdates, LiveForms liveForms) {
        this.catalog = catalog;
        this.liveForms = liveForms;
        setSizeFull();
        setMaxWidth("72rem");
        Button add = new Button(getTranslation("win-result.new"), VaadinIcon.PLUS.create(),
                e -> new WinResultDialog(catalog, liveForms, null, this::reload).open());
        add.setId("new-win-result");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("win-results-grid");
        grid.addColumn(StandardWinResult::labelEn).setHeader(getTranslation("win-result.label-en")).setFlexGrow(2);
        grid.addColumn(StandardWinResult::labelZh).setHeader(getTranslation("win-result.label-zh")).setFlexGrow(2);
        grid.addColumn(w -> getTranslation(w.kind().labelKey())).setHeader(getTranslation("win-result.kind"))
                .setAutoWidth(true);
        grid.addColumn(w -> getTranslation(w.active() ? "win-result.active" : "win-result.inactive"))
                .setHeader(getTranslation("win-result.status")).setAutoWidth(true);
        grid.addComponentColumn(this::buttons).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(w -> w.active() ? null : "inactive");
        liveUpdates.subscribe(this, StakeholderTopics.WIN_RESULTS, changes -> reload());
        add(new Paragraph(getTranslation("win-result.catalog.help")), add, grid);
        expand(grid);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.win-results");
    }

    private void reload() {
        grid.setItems(catalog.list());
    }

    private HorizontalLayout buttons(StandardWinResult entry) {
        Button up = icon(VaadinIcon.ARROW_UP, "win-result.up", "win-result-up-" + entry.id(),
                () -> catalog.move(entry.id(), entry.version(), -1));
        Button down = icon(VaadinIcon.ARROW_DOWN, "win-result.down", "win-result-down-" + entry.id(),
                () -> catalog.move(entry.id(), entry.version(), 1));
        Button edit = icon(VaadinIcon.EDIT, "win-result.edit", "win-result-edit-" + entry.id(),
                () -> new WinResultDialog(catalog, liveForms, entry, this::reload).open());
        Button remove = icon(VaadinIcon.TRASH, "win-result.remove-entry", "win-result-delete-" + entry.id(), () ->
                Notifications.success(catalog.remove(entry.id(), entry.version()) ? "win-result.deleted"
                        : "win-result.deactivated", entry.label(getLocale())));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.setEnabled(entry.active());
        HorizontalLayout buttons = new HorizontalLayout(up, down, edit, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    private Button icon(VaadinIcon icon, String labelKey, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            try {
                action.run();
            } catch (StaleDataException stale) {
                Notifications.error("win-result.stale");
            }
            reload();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setId(id);
        return button;
    }
}
