package com.headpin.security.ui;

import java.util.Comparator;
import java.util.stream.Collectors;

import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.Timeline;
import com.headpin.security.UserTopics;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create users, set roles, disable accounts and reset passwords. */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService users;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    private final LiveUpdates liveUpdates;
    private final Presence presence;
    private final LiveForms liveForms;
    private final Timeline timeline;

    UsersView(UserAccountService users, LiveUpdates liveUpdates, Presence presence, LiveForms liveForms,
              Timeline timeline) {
        this.users = users;
        this.liveUpdates = liveUpdates;
        this.presence = presence;
        this.liveForms = liveForms;
        this.timeline = timeline;
        setSizeFull();

        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setMaxLength(100);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("users-grid");
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("user.full-name")).setSortProperty("fullName")
                .setAutoWidth(true);
        grid.addColumn(this::roles).setHeader(getTranslation("user.roles")).setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("user.email"))
                .setSortProperty("email");
        grid.addComponentColumn(this::status).setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setItems(query -> users.page(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.addItemClickListener(e -> openEdit(e.getItem()));

        PresenceAvatars here = new PresenceAvatars(presence, UserTopics.USERS);
        here.setId("users-presence");
        // Another administrator's save shows up in this list without a reload.
        liveUpdates.subscribe(this, UserTopics.USERS, changes -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(filter, here, create);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }

    private String roles(UserSummary user) {
        return user.roles().stream().sorted(Comparator.naturalOrder())
                .map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining(", "));
    }

    private Span status(UserSummary user) {
        Span badge = new Span(getTranslation(user.enabled() ? "user.enabled" : "user.disabled"));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private void openCreate() {
        new UserDialog(users, liveForms, liveUpdates, timeline, null).open();
    }

    private void openEdit(UserSummary user) {
        // Fresh from the database: the grid row may be older than the last save.
        users.find(user.id()).ifPresent(current ->
                new UserDialog(users, liveForms, liveUpdates, timeline, current)
                        .open());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
