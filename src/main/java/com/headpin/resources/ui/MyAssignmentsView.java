package com.headpin.resources.ui;

import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.resources.AssignmentService;
import com.headpin.resources.RequestRow;
import com.headpin.resources.RequestStatus;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceRequestService;
import com.headpin.resources.ResourceTopics;
import com.headpin.security.CurrentUser;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The caller's assignments to deals (each opens its deal: an assigned person is on its team) and, for people of the
 * pool, their absences. Follows new assignments live.
 */
@Route("resources/mine")
@PermitAll
@Menu(order = 24, title = "nav.my-assignments", icon = "vaadin:calendar-user")
class MyAssignmentsView extends VerticalLayout implements HasDynamicTitle {

    private final AssignmentService assignments;
    private final ResourceRequestService requests;
    private final Grid<RequestRow> grid = new Grid<>();
    private final Span empty = new Span();

    MyAssignmentsView(AssignmentService assignments, ResourceRequestService requests, ResourcePoolService pool,
                      LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.assignments = assignments;
        this.requests = requests;
        setMaxWidth("72rem");
        grid.setId("my-assignments");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor("deals/" + r.dealId(), r.dealName()))
                .setHeader(getTranslation("resource.deal")).setFlexGrow(2);
        RequestTexts.addActivityDatesEffort(grid, this, getLocale());
        grid.addColumn(RequestRow::requesterName).setHeader(getTranslation("resource.request.requester"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> RequestTexts.status(r, this)).setHeader(getTranslation("resource.request.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::done).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("resource.mine.empty"));
        empty.setId("my-assignments-empty");
        add(grid, empty);
        pool.mine().ifPresent(me -> add(new H3(getTranslation("resource.absences")),
                new AbsencesEditor(pool, me.id(), liveUpdates)));
        liveUpdates.subscribe(this, ResourceTopics.ofPerson(currentUser.requireId()), changes -> reload());
        reload();
    }

    private void reload() {
        List<RequestRow> rows = assignments.mine();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private Button done(RequestRow row) {
        Button done = new Button(getTranslation("resource.request.done"), e -> {
            try {
                requests.complete(row.id(), row.version());
            } catch (StaleDataException stale) {
                Notifications.error("resource.request.stale");
            }
            reload();
        });
        done.setId("my-assignment-done-" + row.id());
        done.addThemeVariants(ButtonVariant.TERTIARY);
        done.setVisible(row.status() == RequestStatus.ASSIGNED);
        return done;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-assignments");
    }
}
