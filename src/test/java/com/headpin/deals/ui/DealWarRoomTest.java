package com.headpin.deals.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.collaboration.ui.ConflictDialog;
import com.headpin.deals.DealAction;
import com.headpin.deals.DealActionInput;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealDeliverable;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStageService;
import com.headpin.deals.DealTeamMember;
import com.headpin.deals.DeliverableState;
import com.headpin.deals.TestDeals;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The war room's action items and deliverables, live between users, and stale saves shown as conflicts. */
class DealWarRoomTest extends KaribuTest {

    @Autowired
    DealService deals;
    @Autowired
    DealActionService actions;
    @Autowired
    DealStageService stages;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void anActionItemAddedPastItsDueDateIsMarkedOverdue() {
        DealDetails deal = test.create("rep", "杭州联合银行", "War room: overdue", 300_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        assertThat(_size(actionGrid())).isZero();

        _click(button("deal-action-add"));
        _click(button("save-action"));
        assertThat(_get(TextField.class, spec -> spec.withId("action-text")).isInvalid())
                .as("an action item needs its text").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("action-text")), "Send the reference list");
        _setValue(_get(DatePicker.class, spec -> spec.withId("action-due-date")), calendar.today().minusDays(1));
        _click(button("save-action"));
        _assertNone(ActionItemDialog.class);

        assertThat(_size(actionGrid())).isEqualTo(1);
        DealAction shown = _fetch(actionGrid(), 0, 1).getFirst();
        assertThat(shown.overdue()).isTrue();
        assertThat(shown.ownerId()).as("the one who adds it, by default").isEqualTo(test.userId("rep"));
        assertThat(String.join(" ", _getFormattedRow(actionGrid(), 0)))
                .contains("Send the reference list").contains(UI.getCurrent().getTranslation("plan.overdue"));
        assertThat(actionGrid().getPartNameGenerator().apply(shown)).isEqualTo("overdue");

        // Ticked done in the list, it is no longer overdue.
        _setValue((Checkbox) _getCellComponent(actionGrid(), 0, "done"), true);
        DealAction done = _fetch(actionGrid(), 0, 1).getFirst();
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.overdue()).isFalse();
    }

    @Test
    void anActionItemAnotherUserAddsAppearsLive() {
        DealDetails deal = test.create("rep", "宁波港口银行", "War room: live items", 200_000);
        openAs("rep2");
        navigate("deals/" + deal.id());
        assertThat(_size(actionGrid())).isZero();

        test.as("manager", () -> actions.save(deal.id(), null, new DealActionInput(0, "Book the executive visit",
                test.userId("rep"), LocalDate.of(2099, 1, 5), ActionStatus.OPEN)));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_size(actionGrid())).isEqualTo(1);
        });
        assertThat(_fetch(actionGrid(), 0, 1).getFirst().text()).isEqualTo("Book the executive visit");
    }

    @Test
    void aStaleActionItemEditShowsTheConflictAndKeepsTheTypedText() {
        DealDetails deal = test.create("rep", "苏州城市银行", "War room: stale item", 400_000);
        DealAction action = test.as("rep", () -> actions.save(deal.id(), null, new DealActionInput(0,
                "Draft the proposal", test.userId("rep"), null, ActionStatus.OPEN)));
        openAs("rep");
        navigate("deals/" + deal.id());
        _clickItem(actionGrid(), 0);
        _setValue(_get(TextField.class, spec -> spec.withId("action-text")), "Draft the proposal with the CIO");
        DealAction theirs = test.as("manager", () -> actions.save(deal.id(), action.id(),
                DealActionInput.from(action).withText("Draft the proposal by Friday")));

        _click(button("save-action"));
        _assertOne(ConflictDialog.class);
        assertThat(theirsIn("conflict-text")).contains("Draft the proposal by Friday");
        _click(button("conflict-save"));
        _assertNone(ActionItemDialog.class);
        DealAction saved = test.as("rep", () -> actions.actions(deal.id())).getFirst();
        assertThat(saved.text()).isEqualTo("Draft the proposal with the CIO");
        assertThat(saved.version()).isEqualTo(theirs.version() + 1);
    }

    @Test
    void aStaleDealSaveShowsWhatTheOtherUserChanged() {
        DealDetails deal = test.create("rep", "华东商业银行", "War room: stale deal", 500_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        _setValue(_get(TextField.class, spec -> spec.withId("deal-name")), "War room: our name");
        test.as("manager", () -> deals.update(deal.id(), DealInput.from(deal).withName("War room: their name")));

        _click(button("save-deal"));
        _assertOne(ConflictDialog.class);
        assertThat(theirsIn("conflict-name")).contains("War room: their name");
        assertThat(test.as("rep", () -> deals.find(deal.id())).orElseThrow().name())
                .as("nothing overwritten while the user decides").isEqualTo("War room: their name");
        _click(button("conflict-save"));
        assertThat(test.as("rep", () -> deals.find(deal.id())).orElseThrow().name()).isEqualTo("War room: our name");
    }

    @Test
    void aDeliverableMarkedDoneIsStoredAndAnotherUsersMarkArrivesLive() {
        DealDetails deal = test.create("rep", "长三角农村商业银行", "War room: deliverables", 600_000);
        List<DealDeliverable> list = test.as("rep", () -> stages.deliverables(deal.id()));
        openAs("rep");
        navigate("deals/" + deal.id());

        _setValue(deliverable(list.getFirst().id()), DeliverableState.DONE);
        assertThat(test.as("rep", () -> stages.deliverables(deal.id())).getFirst().state())
                .isEqualTo(DeliverableState.DONE);

        test.as("manager", () -> stages.markDeliverable(deal.id(), list.get(1).id(), DeliverableState.NOT_NEEDED));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(deliverable(list.get(1).id()).getValue()).isEqualTo(DeliverableState.NOT_NEEDED);
        });
        assertThat(deliverable(list.getFirst().id()).getValue()).isEqualTo(DeliverableState.DONE);
    }

    @Test
    void aPersonAddedToTheDealTeamIsSavedWithTheirRoleAndMayBeGivenActionItems() {
        DealDetails deal = test.create("rep", "杭州联合银行", "War room: team", 350_000);
        long consultant = test.userId("consultant");
        assertThat(test.as("rep", () -> actions.owners(deal.id()))).noneMatch(u -> u.id() == consultant);
        openAs("rep");
        navigate("deals/" + deal.id());
        @SuppressWarnings("unchecked")
        ComboBox<Long> person = _get(ComboBox.class, spec -> spec.withId("deal-team-person"));
        _setValue(person, consultant);
        @SuppressWarnings("unchecked")
        Select<DealRole> role = _get(Select.class, spec -> spec.withId("deal-team-role"));
        _setValue(role, DealRole.TECHNICAL_SUPPORT);
        _click(button("deal-team-add"));
        _click(button("save-deal"));

        assertThat(test.as("rep", () -> deals.find(deal.id())).orElseThrow().team())
                .containsExactly(new DealTeamMember(consultant, DealRole.TECHNICAL_SUPPORT));
        assertThat(test.as("rep", () -> actions.owners(deal.id()))).anyMatch(u -> u.id() == consultant);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DealAction> actionGrid() {
        return _get(Grid.class, spec -> spec.withId("deal-actions"));
    }

    @SuppressWarnings("unchecked")
    private static Select<DeliverableState> deliverable(long id) {
        return _get(Select.class, spec -> spec.withId("deal-deliverable-" + id));
    }

    /** The conflict dialog's "theirs" choice for one field, as the user reads it. */
    @SuppressWarnings("unchecked")
    private static String theirsIn(String id) {
        RadioButtonGroup<String> choice = _get(RadioButtonGroup.class, spec -> spec.withId(id));
        return choice.getItemLabelGenerator().apply("theirs");
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
