package com.headpin.deals.ui;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.Change;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.deals.DealBoardService;
import com.headpin.deals.DealCard;
import com.headpin.deals.DealLane;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStageService;
import com.headpin.deals.DealTopics;
import com.headpin.deals.LaneTotals;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.FoldingFilters;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The war-room board: a lane per open stage, then won, lost and delayed, each a lazy grid of cards with its count,
 * amount and weighted amount; the deal list's filters, saved per user. Drag a card to another lane, or select it and
 * press Alt+Arrow, or use its move button: the gate or outcome dialog follows. Everyone's board follows moves at
 * once: a change refreshes only the lanes it touches (the card in place when it stayed in its lane) and the headers.
 */
@Route("board")
@PermitAll
@Menu(order = 21, title = "nav.board", icon = "vaadin:grid-big-o")
@Uses(Avatar.class)
@Uses(AvatarGroup.class)
@Uses(Button.class)
class DealBoardView extends VerticalLayout implements HasDynamicTitle {

    private final DealBoardService board;
    private final SalesProcessService processes;
    private final DealFilterBar filters;
    private final Map<DealLane, BoardLane> lanes = new EnumMap<>(DealLane.class);
    /** Where each card loaded so far is shown, to know which lanes a change touches. */
    private final Map<Long, DealLane> shown = new HashMap<>();
    private final BoardMoves moves;
    private SalesProcess process;
    private @Nullable DealCard selected;

    DealBoardView(DealBoardService board, DealService deals, DealStageService stages,
                  SalesProcessService processes, BusinessCalendar calendar, LiveUpdates liveUpdates,
                  Presence presence) {
        this.board = board;
        this.processes = processes;
        this.process = processes.current();
        addClassName("deal-board-view");
        setSizeFull();
        moves = new BoardMoves(deals, stages, calendar, this::laneName, id -> changed(Set.of(id)));
        filters = new DealFilterBar(board, this::reloadAll);
        boolean mayMove = deals.choices(null).mayEdit();
        Div columns = new Div();
        columns.setId("deal-board");
        columns.addClassName("board-lanes");
        for (DealLane lane : DealLane.values()) {
            BoardLane column = new BoardLane(lane, laneName(lane), board, filters::filter, mayMove, shown,
                    (data, to) -> moves.dropped(data, to, process),
                    card -> new MoveDialog(card, this::laneName, to -> moves.move(card.id(), card.version(), to,
                            process)).open());
            column.grid().addSelectionListener(e -> select(lane, e.getFirstSelectedItem().orElse(null)));
            lanes.put(lane, column);
            columns.add(column);
        }
        Span keys = new Span(getTranslation("board.keyboard-help"));
        keys.addClassName("board-help");
        add(new FoldingFilters("board-filters", null, filters), keys, columns);
        expand(columns);
        if (mayMove) {
            Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_RIGHT, KeyModifier.ALT);
            Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_LEFT, KeyModifier.ALT);
        }
        showTotals();
        liveUpdates.subscribe(this, DealTopics.BOARD, this::changed);
        liveUpdates.subscribe(this, DealTopics.SALES_PROCESS.topic(SalesProcessService.ID), changes -> {
            process = processes.current();
            reloadAll();
        });
        presence.onChangeIn(this, DealTopics.DEAL, this::viewersChanged);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board");
    }

    private String laneName(DealLane lane) {
        return lane.stage().map(stage -> process.stage(stage).name(getLocale()))
                .orElseGet(() -> getTranslation(lane.outcome().labelKey()));
    }

    private void select(DealLane lane, @Nullable DealCard card) {
        if (card != null) {
            lanes.values().stream().filter(other -> other.lane() != lane).forEach(other -> other.grid().deselectAll());
        }
        if (card != null || selected != null && selected.lane() == lane) {
            selected = card;
        }
    }

    /** Alt+Arrow: the selected card to the next or previous lane. */
    private void step(int direction) {
        if (selected == null) {
            return;
        }
        int target = selected.lane().ordinal() + direction;
        if (target >= 0 && target < DealLane.values().length) {
            moves.move(selected.id(), selected.version(), DealLane.values()[target], process);
        }
    }

    private void changed(List<Change> changes) {
        changed(changes.stream().filter(c -> c.is(DealTopics.DEAL) && c.recordId() != null)
                .map(Change::recordId).collect(Collectors.toSet()));
    }

    /**
     * Refreshes the cards of changed deals: in place when a card stays in its lane, else the lane it left and the
     * lane it entered; then the headers.
     */
    private void changed(Collection<Long> ids) {
        Map<Long, DealCard> now = cards(ids);
        for (long id : ids) {
            DealLane was = shown.remove(id);
            DealCard card = now.get(id);
            if (card != null && card.lane() == was) {
                lanes.get(was).refresh(card);
                continue;
            }
            if (was != null) {
                lanes.get(was).refresh();
            }
            if (card != null) {
                lanes.get(card.lane()).refresh();
            }
        }
        if (selected != null && ids.contains(selected.id())) {
            selected = now.get(selected.id());
        }
        showTotals();
    }

    /** Someone opened or left a deal's page: only cards loaded here matter, refreshed in place. */
    private void viewersChanged(Set<Long> ids) {
        cards(ids.stream().filter(id -> shown.containsKey(id)).toList()).values().stream()
                .filter(card -> shown.get(card.id()) == card.lane())
                .forEach(card -> lanes.get(card.lane()).refresh(card));
    }

    private Map<Long, DealCard> cards(Collection<Long> ids) {
        return board.cards(filters.filter(), ids).stream().collect(Collectors.toMap(DealCard::id,
                Function.identity()));
    }

    private void reloadAll() {
        shown.clear();
        showTotals();
        lanes.values().forEach(BoardLane::refresh);
    }

    private void showTotals() {
        Map<DealLane, LaneTotals> totals = board.totals(filters.filter());
        lanes.forEach((lane, column) -> column.show(totals.get(lane)));
    }
}
