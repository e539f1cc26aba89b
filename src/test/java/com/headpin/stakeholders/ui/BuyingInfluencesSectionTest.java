package com.headpin.stakeholders.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.accounts.ContactDetails;
import com.headpin.collaboration.ui.ConflictDialog;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.stakeholders.Attitude;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.Certainty;
import com.headpin.stakeholders.InfluenceInput;
import com.headpin.stakeholders.InfluenceLevel;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deal page's buying influences: roles shown as badges, others' additions live, stale edits as conflicts. */
class BuyingInfluencesSectionTest extends KaribuTest {

    @Autowired
    BuyingInfluenceService influences;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void anInfluenceAddedWithTwoRolesShowsBothBadges() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: two roles", 300_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        assertThat(_size(grid())).isZero();

        _click(button("influence-add"));
        _click(button("save-influence"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("influence-contact")).isInvalid())
                .as("a contact must be chosen").isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<ContactDetails> contact = _get(ComboBox.class, spec -> spec.withId("influence-contact"));
        ContactDetails chosen = contact.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(contact, chosen);
        @SuppressWarnings("unchecked")
        CheckboxGroup<InfluenceRole> roles = _get(CheckboxGroup.class, spec -> spec.withId("influence-roles"));
        _setValue(roles, Set.of(InfluenceRole.DECISION_MAKER, InfluenceRole.COACH));
        _click(button("save-influence"));
        _assertNone(InfluenceDialog.class);

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_fetch(grid(), 0, 1).getFirst().contactName()).isEqualTo(chosen.name());
        List<String> badges = _find(_getCellComponent(grid(), 0, "roles"), Span.class).stream()
                .filter(span -> span.hasClassName("influence-role")).map(Span::getText).toList();
        assertThat(badges).containsExactly(UI.getCurrent().getTranslation("influence.role.decision-maker"),
                UI.getCurrent().getTranslation("influence.role.coach"));
    }

    @Test
    void anInfluenceAddedInPlaceAsANewContactIsOnTheAccount() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: new contact", 200_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        _click(button("influence-add"));
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("influence-new-contact")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("influence-name")), "郑海燕");
        _setValue(_get(TextField.class, spec -> spec.withId("influence-title")), "财务总监 CFO");
        @SuppressWarnings("unchecked")
        CheckboxGroup<InfluenceRole> roles = _get(CheckboxGroup.class, spec -> spec.withId("influence-roles"));
        _setValue(roles, Set.of(InfluenceRole.DECISION_MAKER));
        _click(button("save-influence"));
        _assertNone(InfluenceDialog.class);
        InfluenceRow row = _fetch(grid(), 0, 1).getFirst();
        assertThat(row.contactName()).isEqualTo("郑海燕");
        assertThat(row.contactTitle()).isEqualTo("财务总监 CFO");
    }

    @Test
    void anInfluenceAnotherUserAddsAppearsLive() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Influences: live", 200_000);
        openAs("rep2");
        navigate("deals/" + deal.id());
        assertThat(_size(grid())).isZero();

        test.as("manager", () -> influences.add(deal.id(), influences.candidates(deal.id()).getFirst().id(),
                input(InfluenceRole.TECHNICAL_GATEKEEPER)));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_size(grid())).isEqualTo(1);
        });
        assertThat(_fetch(grid(), 0, 1).getFirst().roles()).containsExactly(InfluenceRole.TECHNICAL_GATEKEEPER);
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsTheTypedResults() {
        DealDetails deal = test.create("rep", "苏州城市银行", "Influences: stale", 400_000);
        InfluenceRow row = test.as("rep", () -> influences.add(deal.id(),
                influences.candidates(deal.id()).getFirst().id(), input(InfluenceRole.USER)));
        openAs("rep");
        navigate("deals/" + deal.id());
        _clickItem(grid(), 0);
        _setValue(_get(TextArea.class, spec -> spec.withId("influence-organisational-results")),
                "月结从 5 天缩短到 2 天");
        InfluenceRow theirs = test.as("manager", () -> influences.update(deal.id(), row.id(),
                new InfluenceInput(row.version(), row.roles(), row.influence(), row.attitude(), row.certainty(),
                        "减少手工报表")));

        _click(button("save-influence"));
        _assertOne(ConflictDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = _get(RadioButtonGroup.class,
                spec -> spec.withId("conflict-organisationalResults"));
        assertThat(choice.getItemLabelGenerator().apply("theirs")).contains("减少手工报表");
        _click(button("conflict-save"));
        _assertNone(InfluenceDialog.class);
        InfluenceRow saved = test.as("rep", () -> influences.list(deal.id())).getFirst();
        assertThat(saved.organisationalResults()).isEqualTo("月结从 5 天缩短到 2 天");
        assertThat(saved.version()).isEqualTo(theirs.version() + 1);
    }

    @Test
    void aConsultantOnTheDealTeamSeesTheInfluencesButNoButtons() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: read only", 300_000);
        test.as("rep", () -> influences.add(deal.id(), influences.candidates(deal.id()).getFirst().id(),
                input(InfluenceRole.COACH)));
        test.addToTeam("rep", deal.id(), "consultant", com.headpin.deals.DealRole.CONSULTANT);
        openAs("consultant");
        navigate("deals/" + deal.id());
        assertThat(_size(grid())).isEqualTo(1);
        _assertNone(Button.class, spec -> spec.withId("influence-add"));
        _clickItem(grid(), 0);
        _assertNone(Button.class, spec -> spec.withId("save-influence"));
    }

    @Test
    void deletingAContactNamesTheDealItInfluencesThenRemovesTheInfluence() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: contact delete", 300_000);
        InfluenceRow row = test.as("rep", () -> influences.addWithNewContact(deal.id(), "待删除影响者", null,
                input(InfluenceRole.USER)));
        openAs("rep");
        navigate("accounts/" + deal.accountId());
        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        TreeGrid<ContactDetails> chart = _get(TreeGrid.class, spec -> spec.withId("contacts-chart"));
        int at = IntStream.range(0, _size(chart)).filter(i -> GridKt._get(chart, i).id() == row.contactId())
                .findFirst().orElseThrow();
        _clickItem(chart, at);
        _click(button("delete-contact"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-contact"));
        assertThat(confirm.getElement().getProperty("message")).contains("待删除影响者").contains(deal.name());
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(test.as("rep", () -> influences.list(deal.id()))).isEmpty();
    }

    private static InfluenceInput input(InfluenceRole role) {
        return new InfluenceInput(0, Set.of(role), InfluenceLevel.MEDIUM, Attitude.NEUTRAL, Certainty.LIKELY, null);
    }

    @SuppressWarnings("unchecked")
    private static Grid<InfluenceRow> grid() {
        return _get(Grid.class, spec -> spec.withId("deal-influences"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
