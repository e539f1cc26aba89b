package com.headpin.organisation.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.TestSessions;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.ConflictDialog;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalDataCommunicator;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalDataProvider;
import kotlin.sequences.SequencesKt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrganisationViewTest extends KaribuTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void openAsAdmin() {
        openAs("admin");
        navigate("admin/organisation");
        _assertOne(OrganisationView.class);
    }

    @Test
    void adminAddsATeamUnderARegionWithManagerAndMembers() {
        OrgUnitSummary east = unitNamed("华东大区");
        tree().select(east);
        _click(_get(Button.class, spec -> spec.withId("add-team")));
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("南京能源组");
        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        _assertNone(NewUnitDialog.class);

        OrgUnitSummary created = unitNamed("南京能源组");
        assertThat(created.parentId()).isEqualTo(east.id());
        assertThat(created.type()).isEqualTo(UnitType.TEAM);

        tree().select(created);
        _click(_get(Button.class, spec -> spec.withId("edit-unit")));
        UserSummary rep3 = user("rep3");
        _get(ComboBox.class, spec -> spec.withId("unit-manager")).setValue(user("manager"));
        _get(MultiSelectComboBox.class, spec -> spec.withId("unit-members")).setValue(Set.of(rep3));
        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        _assertNone(UnitDialog.class);

        OrgUnitSummary saved = unitNamed("南京能源组");
        assertThat(saved.managerId()).isEqualTo(user("manager").id());
        assertThat(saved.memberIds()).containsExactly(rep3.id());

        // The unit's form shows who did what to it.
        tree().select(saved);
        _click(_get(Button.class, spec -> spec.withId("edit-unit")));
        assertThat(_get(ActivityTimeline.class, spec -> spec.withId("unit-timeline")).getElement()
                .getTextRecursively()).contains("赵立新 set Members to Emma Clarke", "赵立新 set Manager to 李娜",
                "赵立新 created this record");
        _get(UnitDialog.class).close();

        // Leave the demo organisation as it was for the other tests.
        tree().select(saved);
        _click(_get(Button.class, spec -> spec.withId("delete-unit")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(organisation.tree().all()).extracting(OrgUnitSummary::name).doesNotContain("南京能源组");
    }

    @Test
    void emptyOrMarkupNamesAreRefusedAtTheField() {
        int before = organisation.tree().all().size();
        tree().select(unitNamed("North Region"));
        _click(_get(Button.class, spec -> spec.withId("add-team")));
        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        assertThat(_get(TextField.class, spec -> spec.withId("unit-name")).getErrorMessage()).isEqualTo("Required");

        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("<b>Team</b>");
        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        assertThat(_get(TextField.class, spec -> spec.withId("unit-name")).getErrorMessage())
                .isEqualTo("The characters < and > are not allowed here");

        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("团".repeat(10_000));
        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        assertThat(_get(TextField.class, spec -> spec.withId("unit-name")).getErrorMessage())
                .isEqualTo("At most 100 characters");
        assertThat(organisation.tree().all()).hasSize(before);
    }

    @Test
    void aRenameByAnotherAdministratorMeetsAConflictChoiceNotAnOverwrite() {
        OrgUnitSummary team = unitNamed("Government & Utilities Team");
        tree().select(team);
        _click(_get(Button.class, spec -> spec.withId("edit-unit")));
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("Public Sector Team");

        TestSessions.as(userDetails, "admin2", () -> organisation.update(new UnitChanges(team.id(), team.version(),
                "Government Team", team.managerId(), team.memberIds())));

        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        _assertOne(ConflictDialog.class);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));
        OrgUnitSummary saved = organisation.tree().unit(team.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Public Sector Team");
        assertThat(saved.version()).isGreaterThan(team.version() + 1);

        TestSessions.as(userDetails, "admin", () -> organisation.update(new UnitChanges(team.id(), saved.version(),
                team.name(), team.managerId(), team.memberIds())));
    }

    @Test
    void anotherAdministratorsChangesRedrawTheTreeWithoutUndoingWhatThisOneOpenedClosedOrSelected() {
        OrgUnitSummary north = unitNamed("North Region");
        OrgUnitSummary east = unitNamed("华东大区");
        OrgUnitSummary manufacturing = unitNamed("杭州制造业组");
        tree().collapse(north);
        tree().select(east);

        // A rename in the open region shows there; the region this administrator closed stays closed.
        TestSessions.as(userDetails, "admin2", () -> organisation.update(new UnitChanges(manufacturing.id(),
                manufacturing.version(), "杭州智能制造组", manufacturing.managerId(), manufacturing.memberIds())));
        awaitTree(names -> assertThat(names).contains("杭州智能制造组").doesNotContain("杭州制造业组"));
        assertThat(tree().isExpanded(north)).isFalse();
        assertThat(tree().asSingleSelect().getValue()).extracting(OrgUnitSummary::id).isEqualTo(east.id());

        // A new unit changes the tree's shape: it appears, and the closed region still stays closed.
        OrgUnitSummary created = TestSessions.as(userDetails, "admin2",
                () -> organisation.create(east.id(), UnitType.TEAM, "南京能源组"));
        awaitTree(names -> assertThat(names).contains("南京能源组"));
        assertThat(tree().isExpanded(north)).isFalse();
        assertThat(tree().isExpanded(east)).isTrue();

        TestSessions.as(userDetails, "admin2", () -> {
            organisation.delete(created.id(), created.version());
            OrgUnitSummary renamed = organisation.tree().unit(manufacturing.id()).orElseThrow();
            return organisation.update(new UnitChanges(manufacturing.id(), renamed.version(), manufacturing.name(),
                    manufacturing.managerId(), manufacturing.memberIds()));
        });
    }

    @Test
    void aTreeSortedByNameStaysSortedWhenAnotherAdministratorRenamesAUnit() {
        OrgUnitSummary banking = unitNamed("上海金融行业组");
        tree().sort(GridSortOrder.asc(tree().getColumns().getFirst()).build());
        assertThat(shownNames()).containsSubsequence("上海金融行业组", "杭州制造业组");

        TestSessions.as(userDetails, "admin2", () -> organisation.update(new UnitChanges(banking.id(),
                banking.version(), "温州金融行业组", banking.managerId(), banking.memberIds())));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(shownNames()).containsSubsequence("杭州制造业组", "温州金融行业组");
        });

        OrgUnitSummary renamed = organisation.tree().unit(banking.id()).orElseThrow();
        TestSessions.as(userDetails, "admin2", () -> organisation.update(new UnitChanges(banking.id(),
                renamed.version(), banking.name(), banking.managerId(), banking.memberIds())));
    }

    @Test
    void deletingASelectedUnitThatAnotherAdministratorRenamedAsksWithItsNewName() {
        OrgUnitSummary team = unitNamed("Government & Utilities Team");
        tree().select(team);
        TestSessions.as(userDetails, "admin2", () -> organisation.update(new UnitChanges(team.id(), team.version(),
                "Public Utilities Team", team.managerId(), team.memberIds())));
        awaitTree(names -> assertThat(names).contains("Public Utilities Team"));

        _click(_get(Button.class, spec -> spec.withId("delete-unit")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getTextRecursively() + confirm.getElement().getProperty("message", ""))
                .contains("Public Utilities Team");
        confirm.close();

        OrgUnitSummary renamed = organisation.tree().unit(team.id()).orElseThrow();
        TestSessions.as(userDetails, "admin2", () -> organisation.update(new UnitChanges(team.id(), renamed.version(),
                team.name(), team.managerId(), team.memberIds())));
    }

    @Test
    void aUnitWithSubUnitsCannotBeDeleted() {
        tree().select(unitNamed("North Region"));
        assertThat(_get(Button.class, spec -> spec.withId("delete-unit")).isEnabled()).isFalse();
    }

    /** What the tree shows, expanded rows only, once the live update has arrived. */
    private void awaitTree(java.util.function.Consumer<List<String>> expectation) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            expectation.accept(SequencesKt.toList(GridKt._rowSequence(tree(), unit -> true)).stream()
                    .map(OrgUnitSummary::name).toList());
        });
    }

    /** The rows the grid hands to the browser, in its order: expanded units only, with the user's sorting. */
    private List<String> shownNames() {
        List<String> names = new ArrayList<>();
        addShown(null, names);
        return names;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addShown(@Nullable OrgUnitSummary parent, List<String> names) {
        HierarchicalDataCommunicator<OrgUnitSummary> rows = tree().getDataCommunicator();
        HierarchicalDataProvider provider = tree().getDataProvider();
        List<OrgUnitSummary> children = ((java.util.stream.Stream<OrgUnitSummary>) provider.fetchChildren(
                rows.buildQuery(parent, 0, 50))).toList();
        for (OrgUnitSummary child : children) {
            names.add(child.name());
            if (tree().isExpanded(child)) {
                addShown(child, names);
            }
        }
    }

    private OrgUnitSummary unitNamed(String name) {
        return organisation.tree().all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private UserSummary user(String username) {
        return users.activeUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<OrgUnitSummary> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("org-tree"));
    }
}
