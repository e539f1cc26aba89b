package com.headpin.organisation.ui;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.collaboration.ui.ConflictDialog;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A unit's form shared by two administrators: live saves, presence, and stale saves that keep the typed name. */
class UnitDialogTest extends KaribuTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    private OrgUnitSummary original;
    private TextField name;

    @BeforeEach
    void openTheTeamAsAdmin() {
        openAs("admin");
        navigate("admin/organisation");
        original = organisation.tree().all().stream().filter(u -> u.name().equals("Government & Utilities Team"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitSummary> tree = _get(TreeGrid.class, spec -> spec.withId("org-tree"));
        tree.select(original);
        _click(_get(Button.class, spec -> spec.withId("edit-unit")));
        name = _get(TextField.class, spec -> spec.withId("unit-name"));
    }

    @AfterEach
    void restore() {
        OrgUnitSummary now = organisation.tree().unit(original.id()).orElseThrow();
        organisation.update(new UnitChanges(original.id(), now.version(), original.name(), original.managerId(),
                original.memberIds()));
    }

    @Test
    void aStaleSaveKeepsTheTypedNameThroughTheConflictDialogAndCancelling() {
        name.setValue("Public Sector Team");
        OrgUnitSummary theirs = otherAdministratorSaves("Government Team", null);

        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        _assertOne(ConflictDialog.class);
        assertThat(name.getValue()).isEqualTo("Public Sector Team");
        _get(ConflictDialog.class).close();
        assertThat(name.getValue()).isEqualTo("Public Sector Team");
        _assertOne(UnitDialog.class);

        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));
        _assertNone(UnitDialog.class);
        OrgUnitSummary saved = organisation.tree().unit(original.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Public Sector Team");
        assertThat(saved.version()).isEqualTo(theirs.version() + 1);
    }

    @Test
    void anotherAdministratorsManagerChoiceArrivesLiveWhileTheTypedNameStays() {
        UserSummary manager = users.activeUsers().stream().filter(u -> u.username().equals("manager")).findFirst()
                .orElseThrow();
        assertThat(_get(com.headpin.collaboration.ui.PresenceAvatars.class, spec -> spec.withId("unit-presence")))
                .isNotNull();
        name.setValue("Public Sector Team");
        otherAdministratorSaves(original.name(), manager.id());

        @SuppressWarnings("unchecked")
        ComboBox<UserSummary> managerField = _get(ComboBox.class, spec -> spec.withId("unit-manager"));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(managerField.getValue()).extracting(UserSummary::id).isEqualTo(manager.id());
        });
        assertThat(name.getValue()).isEqualTo("Public Sector Team");

        // Nothing both changed: saving merges without asking.
        _click(_get(Button.class, spec -> spec.withId("save-unit")));
        _assertNone(ConflictDialog.class);
        OrgUnitSummary saved = organisation.tree().unit(original.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Public Sector Team");
        assertThat(saved.managerId()).isEqualTo(manager.id());
    }

    private OrgUnitSummary otherAdministratorSaves(String newName, Long managerId) {
        return TestSessions.as(userDetails, "admin2", () -> organisation.update(new UnitChanges(original.id(),
                original.version(), newName, managerId == null ? original.managerId() : managerId,
                original.memberIds())));
    }
}
