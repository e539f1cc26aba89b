package com.headpin.deals.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.deals.DealBoardService;
import com.headpin.deals.DealCard;
import com.headpin.deals.DealChange;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealFilterOptions;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealLane;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.ExitCriterion;
import com.headpin.deals.SalesProcessService;
import com.headpin.deals.TestDeals;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The war-room board: a card dragged or moved from the keyboard goes through the gate and lands in its new lane with
 * its history; other boards follow; a gate with unticked criteria holds the card; a move made on a card someone else
 * moved meanwhile is refused, told, and the card shows where it really is.
 */
class DealBoardViewTest extends KaribuTest {

    @Autowired
    DealService deals;
    @Autowired
    DealHistoryService history;
    @Autowired
    DealBoardService board;
    @Autowired
    SalesProcessService process;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void aCardDraggedToTheNextLaneMovesThroughTheGateAndTheHistoryKeepsIt() {
        DealDetails deal = test.create("rep", "上海浦江银行", "Board: drag", 600_000);
        tickAll("rep", deal, DealStage.SEMINAR);
        openAs("rep");
        navigate("board");
        DealCard card = card(DealLane.SEMINAR, deal.id()).orElseThrow();
        long before = count(DealLane.EXECUTIVE_MEETING);

        drop(DealLane.EXECUTIVE_MEETING, card);
        _assertOne(GateDialog.class);
        _click(button("gate-confirm"));

        _assertNone(GateDialog.class);
        assertThat(stored(deal).stage()).isEqualTo(DealStage.EXECUTIVE_MEETING);
        assertThat(test.as("rep", () -> history.history(deal.id())).getLast().change())
                .isEqualTo(DealChange.MOVED_FORWARD);
        assertThat(card(DealLane.SEMINAR, deal.id())).isEmpty();
        assertThat(card(DealLane.EXECUTIVE_MEETING, deal.id())).isPresent();
        assertThat(count(DealLane.EXECUTIVE_MEETING)).isEqualTo(before + 1);
    }

    @Test
    void aSelectedCardMovesWithAltArrow() {
        DealDetails deal = test.create("rep", "华东商业银行", "Board: keyboard", 300_000);
        tickAll("rep", deal, DealStage.SEMINAR);
        openAs("rep");
        navigate("board");
        Grid<DealCard> seminar = lane(DealLane.SEMINAR);
        seminar.select(card(DealLane.SEMINAR, deal.id()).orElseThrow());

        fireShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        _click(button("gate-confirm"));
        assertThat(stored(deal).stage()).isEqualTo(DealStage.EXECUTIVE_MEETING);
        assertThat(card(DealLane.EXECUTIVE_MEETING, deal.id())).isPresent();

        // The card stays selected in its new lane: Alt+Left takes it back (moving back needs no ticks).
        fireShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        _click(button("gate-confirm"));
        assertThat(stored(deal).stage()).isEqualTo(DealStage.SEMINAR);
        assertThat(test.as("rep", () -> history.history(deal.id())).getLast().change())
                .isEqualTo(DealChange.MOVED_BACK);
    }

    @Test
    void theGateHoldsACardWhoseExitCriteriaAreNotTicked() {
        DealDetails deal = test.create("rep", "长三角农村商业银行", "Board: blocked", 250_000);
        openAs("rep");
        navigate("board");

        drop(DealLane.EXECUTIVE_MEETING, card(DealLane.SEMINAR, deal.id()).orElseThrow());

        _assertOne(Paragraph.class, spec -> spec.withId("gate-blocked"));
        assertThat(button("gate-confirm").isEnabled()).isFalse();
        _get(GateDialog.class).close();
        assertThat(stored(deal).stage()).isEqualTo(DealStage.SEMINAR);
        assertThat(card(DealLane.SEMINAR, deal.id())).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherBoardSeesAMoveAsItHappens() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Board: live", 400_000);
        openAs("manager");
        navigate("board");
        // The manager's board shows the whole team's deals, rep's too (cleared again here in case a test saved
        // another owner).
        _setValue(_get(ComboBox.class, spec -> spec.withId("deal-filter-owner")), (DealFilterOptions.Choice) null);
        try {
            assertThat(test.as("manager", () -> board.savedFilter()).filter().ownerId()).isNull();
            assertThat(card(DealLane.SEMINAR, deal.id())).isPresent();
            long before = count(DealLane.EXECUTIVE_MEETING);

            test.advance("rep", deal.id());

            await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
                MockVaadin.clientRoundtrip(false);
                assertThat(card(DealLane.EXECUTIVE_MEETING, deal.id())).isPresent();
            });
            assertThat(card(DealLane.SEMINAR, deal.id())).isEmpty();
            assertThat(count(DealLane.EXECUTIVE_MEETING)).isEqualTo(before + 1);
        } finally {
            test.as("manager", () -> board.saveFilter(board.savedFilter().version(),
                    DealFilter.ownedBy(test.userId("manager"))));
        }
    }

    @Test
    void theSecondOfTwoMovesOfOneCardIsToldAndTheCardShowsWhereItIs() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Board: race", 500_000);
        openAs("rep");
        navigate("board");
        DealCard seen = card(DealLane.SEMINAR, deal.id()).orElseThrow();

        // The team's manager moves it first; this board has not heard of it yet when its user drops the card.
        test.advance("manager", deal.id());
        drop(DealLane.CONSULTING, seen);

        _assertNone(GateDialog.class);
        String where = test.as("rep", () -> process.current()).stage(DealStage.EXECUTIVE_MEETING)
                .name(UI.getCurrent().getLocale());
        expectNotifications(UI.getCurrent().getTranslation("board.changed-meanwhile", "Board: race", where));
        assertThat(stored(deal).stage()).isEqualTo(DealStage.EXECUTIVE_MEETING);
        assertThat(card(DealLane.SEMINAR, deal.id())).isEmpty();
        assertThat(card(DealLane.EXECUTIVE_MEETING, deal.id())).isPresent();
    }

    @Test
    void theBoardReadsInChineseWithAmountsInWan() {
        DealDetails deal = test.create("rep", "苏州城市银行", "Board: 万", 1_000_000);
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        navigate("board");
        assertThat(card(DealLane.SEMINAR, deal.id())).isPresent();
        assertThat(_get(Span.class, spec -> spec.withId("board-amounts-seminar")).getText()).contains("万", "加权");
    }

    private void tickAll(String username, DealDetails deal, DealStage stage) {
        test.as(username, () -> {
            List<Long> ids = process.current().stage(stage).exitCriteria().stream().map(ExitCriterion::id).toList();
            return context.getBean(com.headpin.deals.DealStageService.class).check(deal.id(), ids, true);
        });
    }

    private DealDetails stored(DealDetails deal) {
        return test.as("rep", () -> deals.find(deal.id())).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<DealCard> lane(DealLane lane) {
        return _get(Grid.class, spec -> spec.withId("board-lane-" + lane.key()));
    }

    private static Optional<DealCard> card(DealLane lane, long id) {
        Grid<DealCard> grid = lane(lane);
        return _fetch(grid, 0, _size(grid)).stream().filter(c -> c.id() == id).findFirst();
    }

    private static long count(DealLane lane) {
        return Long.parseLong(_get(Span.class, spec -> spec.withId("board-count-" + lane.key())).getText());
    }

    /** What the browser sends when a card is dropped on a lane: the drag data the source grid generated. */
    private static void drop(DealLane on, DealCard card) {
        Grid<DealCard> target = lane(on);
        ArrayNode transfer = JsonNodeFactory.instance.arrayNode();
        transfer.addObject().put("type", "text").put("data", card.id() + ":" + card.version());
        ComponentUtil.fireEvent(target, new GridDropEvent<>(target, true, null, "empty", transfer));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
