package com.headpin.resources.ui;

import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.headpin.resources.RequestPermissions;
import com.headpin.resources.RequestRow;
import com.headpin.resources.RequestStatus;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceRequestService;
import com.headpin.resources.ResourceTopics;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A deal's requests for resources, newest first, with their status; the deal's rep asks for a person, the managers
 * above the deal decline, and whoever is involved marks an assignment done. Follows the deal's requests live, so the
 * requester sees an assignment the moment a director makes it.
 */
class RequestsTab extends Composite<VerticalLayout> {

    private final ResourceRequestService requests;
    private final long dealId;
    private final Grid<RequestRow> grid = new Grid<>();
    private final Span empty = new Span();
    private final Button add = new Button();
    private RequestPermissions permissions;

    RequestsTab(ResourceRequestService requests, ResourcePoolService pool, LiveUpdates liveUpdates, long dealId) {
        this.requests = requests;
        this.dealId = dealId;
        this.permissions = requests.permissions(dealId);
        add.setText(getTranslation("resource.request.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("resource-request-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(e -> new RequestDialog(requests, pool, dealId, permissions.suggested(), this::reload)
                .open());
        grid.setId("resource-requests");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> RequestTexts.who(r, this)).setHeader(getTranslation("resource.request.who"))
                .setFlexGrow(2);
        RequestTexts.addActivityDatesEffort(grid, this, getLocale());
        grid.addComponentColumn(r -> RequestTexts.status(r, this)).setKey("status")
                .setHeader(getTranslation("resource.request.status")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("resource.requests.empty"));
        empty.setId("resource-requests-empty");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(add, empty, grid);
        WhileShown.follow(this, liveUpdates, ResourceTopics.ofDeal(dealId), changes -> true, this::reload);
    }

    void reload() {
        permissions = requests.permissions(dealId);
        add.setVisible(permissions.mayRequest());
        List<RequestRow> rows = requests.forDeal(dealId);
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
    }

    private HorizontalLayout actions(RequestRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (row.status() == RequestStatus.REQUESTED && permissions.mayAssign()) {
            Button decline = new Button(getTranslation("resource.request.decline"),
                    e -> new DeclineDialog(reason -> requests.decline(row.id(), row.version(), reason), this::reload)
                            .open());
            decline.setId("resource-decline-" + row.id());
            decline.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            buttons.add(decline);
        }
        if (row.status() == RequestStatus.ASSIGNED && (permissions.mayRequest() || permissions.mayAssign())) {
            Button done = new Button(getTranslation("resource.request.done"),
                    e -> act(() -> requests.complete(row.id(), row.version())));
            done.setId("resource-done-" + row.id());
            done.addThemeVariants(ButtonVariant.TERTIARY);
            buttons.add(done);
        }
        return buttons;
    }

    /** Runs a change; a request changed meanwhile (assigned by a director) is shown as it is now. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (StaleDataException stale) {
            Notifications.error("resource.request.stale");
        } catch (InvalidInputException invalid) {
            Notifications.error(invalid.fieldErrors().values().iterator().next());
        }
        reload();
    }
}
