package com.headpin.resources.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.organisation.OrganisationService;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.ResourceTopics;
import com.headpin.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The company-wide pool: who can be assigned, their type, skills, home region (and whether they serve it only),
 * days per week and absences. Directors add people (RESOURCE users, or anyone they mark assignable) and change them.
 */
@Route("resources/pool")
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.ADMIN})
class ResourcePoolView extends VerticalLayout implements HasDynamicTitle {

    private final ResourcePoolService pool;
    private final OrganisationService organisation;
    private final LiveUpdates liveUpdates;
    private final Grid<ResourceSummary> grid = new Grid<>();

    ResourcePoolView(ResourcePoolService pool, OrganisationService organisation, LiveUpdates liveUpdates) {
        this.pool = pool;
        this.organisation = organisation;
        this.liveUpdates = liveUpdates;
        setMaxWidth("80rem");
        Button add = new Button(getTranslation("resource.pool.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("resource-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("resource-pool");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ResourceSummary::fullName).setHeader(getTranslation("resource.person")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("resource.type"))
                .setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.skills())).setHeader(getTranslation("resource.skills"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.homeRegionName() == null ? "" : r.regionOnly()
                ? getTranslation("resource.region.only", r.homeRegionName()) : r.homeRegionName())
                .setHeader(getTranslation("resource.home-region")).setAutoWidth(true);
        grid.addColumn(r -> RequestTexts.days(r.daysPerWeek(), getLocale()))
                .setHeader(getTranslation("resource.days-per-week")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("resource.absences.count", r.absences().size()))
                .setHeader(getTranslation("resource.absences")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.active() ? "resource.active" : "resource.inactive"))
                .setHeader(getTranslation("resource.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setPartNameGenerator(r -> r.active() ? null : "inactive");
        add(new ResourcesNav(), add, grid);
        liveUpdates.subscribe(this, ResourceTopics.POOL, changes -> reload());
        reload();
    }

    private void reload() {
        grid.setItems(pool.pool());
    }

    private void open(@org.jspecify.annotations.Nullable ResourceSummary person) {
        new ResourceDialog(pool, organisation, liveUpdates, person, this::reload).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resource.pool");
    }
}
