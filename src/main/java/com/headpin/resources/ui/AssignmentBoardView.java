package com.headpin.resources.ui;

import java.time.LocalDate;
import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.resources.AssignmentService;
import com.headpin.resources.CapacityService;
import com.headpin.resources.OpenRequest;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.ResourceTopics;
import com.headpin.security.Role;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The directors' assignment board: open requests of the deals they manage, most important first, beside the
 * people × weeks capacity grid. A request is dragged onto a person's week or assigned with its button; either way the
 * conflicts show before confirming. Follows every request and pool change live.
 */
@Route("resources/board")
@RolesAllowed({Role.Names.DIRECTOR, Role.Names.ADMIN})
@Menu(order = 23, title = "nav.resources", icon = "vaadin:calendar-briefcase")
class AssignmentBoardView extends VerticalLayout implements HasDynamicTitle {

    static final int WEEKS = 8;

    private final AssignmentService assignments;
    private final CapacityService capacity;
    private final Div requests = new Div();
    private final Span noRequests = new Span();
    private final CapacityBoard board;
    private final Span range = new Span();
    private LocalDate from;

    AssignmentBoardView(AssignmentService assignments, CapacityService capacity, LiveUpdates liveUpdates,
                        BusinessCalendar calendar) {
        this.assignments = assignments;
        this.capacity = capacity;
        this.from = calendar.thisWeekStart();
        this.board = new CapacityBoard(this::dropped);
        setSizeFull();
        requests.setId("open-requests");
        noRequests.setText(getTranslation("resource.board.no-requests"));
        noRequests.setId("open-requests-empty");
        noRequests.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout left = new VerticalLayout(new H3(getTranslation("resource.board.open")), noRequests, requests);
        left.setPadding(false);
        left.setWidth("20rem");
        left.getStyle().set("flex-shrink", "0");
        Button earlier = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-WEEKS));
        earlier.setAriaLabel(getTranslation("resource.board.earlier"));
        earlier.setId("weeks-earlier");
        Button later = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(WEEKS));
        later.setAriaLabel(getTranslation("resource.board.later"));
        later.setId("weeks-later");
        earlier.addThemeVariants(ButtonVariant.TERTIARY);
        later.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout weeks = new HorizontalLayout(new H3(getTranslation("resource.board.capacity")), earlier,
                range, later);
        weeks.setAlignItems(FlexComponent.Alignment.CENTER);
        Span help = new Span(getTranslation("resource.board.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout right = new VerticalLayout(weeks, help, board);
        right.setPadding(false);
        right.getStyle().set("min-width", "0");
        HorizontalLayout columns = new HorizontalLayout(left, right);
        columns.setWidthFull();
        columns.setFlexGrow(1, right);
        // Side by side: the grid scrolls sideways in its own column instead of wrapping below the requests.
        right.getStyle().set("overflow-x", "auto");
        left.getStyle().set("max-height", "calc(100vh - 12rem)").set("overflow-y", "auto");
        add(new ResourcesNav(), columns);
        liveUpdates.subscribe(this, ResourceTopics.BOARD, changes -> reload());
        reload();
    }

    private void move(int weeks) {
        from = from.plusWeeks(weeks);
        reload();
    }

    void reload() {
        List<OpenRequest> open = assignments.openRequests();
        requests.removeAll();
        open.forEach(o -> requests.add(new RequestCard(o, this::openDialog)));
        noRequests.setVisible(open.isEmpty());
        board.show(capacity.grid(from, WEEKS));
        range.setText(getTranslation("resource.board.range", com.headpin.shared.Dates.format(from, getLocale()),
                com.headpin.shared.Dates.format(from.plusWeeks(WEEKS).minusDays(1), getLocale())));
    }

    private void openDialog(OpenRequest open) {
        new AssignDialog(assignments, open, null, null, this::reload).open();
    }

    private void dropped(ResourceSummary person, LocalDate week, @Nullable Object data) {
        if (data instanceof OpenRequest open) {
            new AssignDialog(assignments, open, person.id(), week, this::reload).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.resources");
    }
}
