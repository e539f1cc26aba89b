package com.headpin.organisation.ui;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.Timeline;
import com.headpin.organisation.OrganisationTopics;
import com.headpin.shared.Topic;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Administrators shape the sales organisation: the company, its regions, their teams, managers and members. */
@Route("admin/organisation")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 91, title = "nav.organisation", icon = "vaadin:sitemap")
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisation;
    private final UserAccountService users;
    private final LiveUpdates liveUpdates;
    private final Timeline timeline;
    private final LiveForms liveForms;
    private final TreeGrid<OrgUnitSummary> grid = new TreeGrid<>();
    private final Button addCompany = new Button();
    private final Button addRegion = new Button();
    private final Button addTeam = new Button();
    private final Button edit = new Button();
    private final Button delete = new Button();
    private final OrgTreeDataProvider rows;
    private Map<Long, UserSummary> usersById = Map.of();

    OrganisationView(OrganisationService organisation, UserAccountService users, LiveUpdates liveUpdates,
                     Presence presence, Timeline timeline, LiveForms liveForms) {
        this.organisation = organisation;
        this.users = users;
        this.liveUpdates = liveUpdates;
        this.timeline = timeline;
        this.liveForms = liveForms;
        this.rows = new OrgTreeDataProvider(organisation.tree());
        setSizeFull();

        configure(addCompany, "org.add-company", "add-company", () -> create(UnitType.COMPANY));
        configure(addRegion, "org.add-region", "add-region", () -> create(UnitType.REGION));
        configure(addTeam, "org.add-team", "add-team", () -> create(UnitType.TEAM));
        configure(edit, "action.edit", "edit-unit", this::editSelected);
        configure(delete, "action.delete", "delete-unit", this::confirmDelete);
        delete.addThemeVariants(ButtonVariant.ERROR);

        grid.setId("org-tree");
        grid.addHierarchyColumn(OrgUnitSummary::name).setHeader(getTranslation("org.name")).setFlexGrow(2);
        grid.addColumn(unit -> getTranslation(unit.type().labelKey())).setHeader(getTranslation("org.type"));
        grid.addColumn(unit -> userName(unit.managerId())).setHeader(getTranslation("org.manager"));
        grid.addColumn(unit -> unit.type() == UnitType.TEAM ? String.valueOf(unit.memberIds().size()) : "")
                .setHeader(getTranslation("org.members"));
        grid.addSelectionListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setDataProvider(rows);
        grid.expandRecursively(rows.tree().roots(), 3);

        Topic topic = OrganisationTopics.ORGANISATION;
        PresenceAvatars here = new PresenceAvatars(presence, topic);
        here.setId("organisation-presence");
        // Another administrator's change redraws the tree here, keeping the selection.
        liveUpdates.subscribe(this, topic, changes -> reload());

        HorizontalLayout toolbar = new HorizontalLayout(addCompany, addRegion, addTeam, edit, delete, here);
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.CENTER);
        add(toolbar, grid);
        expand(grid);
        loadUsers();
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation");
    }

    private void configure(Button button, String key, String id, Runnable action) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(e -> action.run());
    }

    /** Shows the tree as it is now; rows that did not change stay as they are, expanded nodes stay expanded. */
    private void reload() {
        loadUsers();
        rows.show(organisation.tree());
        if (grid.asSingleSelect().getValue() != null && selectedUnit() == null) {
            grid.deselectAll();
        }
        updateButtons();
    }

    /**
     * The selected unit as it is now: the grid keeps the row it selected (same id) while others rename it or change
     * its manager, so its own copy may be older.
     */
    private @Nullable OrgUnitSummary selectedUnit() {
        OrgUnitSummary selected = grid.asSingleSelect().getValue();
        return selected == null ? null : rows.tree().unit(selected.id()).orElse(null);
    }

    private void loadUsers() {
        usersById = users.activeUsers().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    private void updateButtons() {
        OrgTree tree = rows.tree();
        OrgUnitSummary selected = selectedUnit();
        addCompany.setVisible(tree.all().stream().noneMatch(u -> u.type() == UnitType.COMPANY));
        addRegion.setEnabled(selected != null && selected.type() == UnitType.COMPANY);
        addTeam.setEnabled(selected != null && selected.type() != UnitType.TEAM);
        edit.setEnabled(selected != null);
        delete.setEnabled(selected != null && tree.children(selected.id()).isEmpty());
    }

    private String userName(@Nullable Long userId) {
        if (userId == null) {
            return "";
        }
        UserSummary user = usersById.get(userId);
        return user == null ? getTranslation("org.user.inactive") : user.fullName();
    }

    private void create(UnitType type) {
        OrgUnitSummary parent = type == UnitType.COMPANY ? null : selectedUnit();
        new NewUnitDialog(type, parent, name -> {
            OrgUnitSummary created = organisation.create(parent == null ? null : parent.id(), type, name);
            Notifications.success("org.created", created.name());
            reload();
            grid.select(created);
        }).open();
    }

    private void editSelected() {
        OrgUnitSummary selected = selectedUnit();
        if (selected != null) {
            edit(selected);
        }
    }

    private void edit(OrgUnitSummary unit) {
        // The dialog edits the current version, not the one the grid showed when it was last loaded.
        OrgUnitSummary current = organisation.tree().unit(unit.id()).orElse(unit);
        new UnitDialog(organisation, liveForms, current, users.activeUsers(), this::reload,
                new ActivityTimeline(timeline, liveUpdates, OrganisationTopics.UNIT, current.id())).open();
    }

    private void confirmDelete() {
        OrgUnitSummary selected = selectedUnit();
        if (selected == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("org.delete.title"),
                getTranslation("org.delete.message", selected.name()), getTranslation("action.delete"), e -> {
                    try {
                        organisation.delete(selected.id(), selected.version());
                        Notifications.success("org.deleted", selected.name());
                    } catch (InvalidInputException invalid) {
                        invalid.fieldErrors().values().forEach(Notifications::error);
                    } catch (StaleDataException stale) {
                        Notifications.error("org.stale");
                    }
                    reload();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }
}
