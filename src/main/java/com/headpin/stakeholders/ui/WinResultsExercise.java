package com.headpin.stakeholders.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.PersonalWinResult;
import com.headpin.stakeholders.StakeholderTopics;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.WinResultService;
import com.headpin.stakeholders.WinResultsBoard;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * The win-results exercise of a deal (domain notes, section 5): a column per buying-influence role with a card per
 * person (a person with two roles is in both), and the pool of win results the team sorts onto them by dragging, by
 * each card's box, or by a chip's menu. Who else has it open shows on top (a deal review does it together); every
 * change arrives live, redrawing only the people whose win results changed. Read-only for those who may not edit.
 */
class WinResultsExercise extends Composite<VerticalLayout> implements PersonCard.Actions {

    private final WinResultService results;
    private final long dealId;
    private final Paragraph empty = new Paragraph();
    private final Div columns = new Div();
    private final Map<InfluenceRole, Div> cardsByRole = new EnumMap<>(InfluenceRole.class);
    private @Nullable WinResultPool pool;
    private List<InfluenceRow> people = List.of();
    private List<PersonCard> cards = List.of();
    private boolean mayEdit;

    WinResultsExercise(WinResultService results, LiveUpdates liveUpdates, Presence presence, long dealId) {
        this.results = results;
        this.dealId = dealId;
        VerticalLayout layout = getContent();
        layout.setId("win-results-exercise");
        layout.addClassName("win-results-exercise");
        layout.setPadding(false);
        WinResultsBoard board = results.board(dealId);
        mayEdit = board.mayEdit();
        PresenceAvatars avatars = new PresenceAvatars(presence, StakeholderTopics.WIN_RESULTS_EXERCISE.topic(dealId));
        avatars.setId("win-results-presence");
        Paragraph help = new Paragraph(getTranslation(mayEdit ? "win-result.exercise.help"
                : "win-result.exercise.read-only"));
        help.addClassName("win-results-help");
        HorizontalLayout top = new HorizontalLayout(help, avatars);
        top.setWidthFull();
        top.expand(help);
        empty.setId("win-results-empty");
        empty.addClassName("win-results-empty");
        pool = new WinResultPool(mayEdit);
        columns.setId("win-results-columns");
        columns.addClassName("win-results-columns");
        for (InfluenceRole role : InfluenceRole.values()) {
            Div cardsOfRole = new Div();
            cardsOfRole.addClassName("win-results-cards");
            Div column = new Div(new H4(getTranslation(role.labelKey())), cardsOfRole);
            column.addClassName("win-results-column");
            column.getElement().setAttribute("data-role", role.name());
            cardsByRole.put(role, cardsOfRole);
            columns.add(column);
        }
        layout.add(top, empty, columns, pool);
        liveUpdates.subscribe(this, StakeholderTopics.ofDeal(dealId), changes -> refresh());
        liveUpdates.subscribe(this, StakeholderTopics.WIN_RESULTS, changes -> refresh());
        WhileShown.reloadWhenShown(this, this::refresh);
        show(board);
    }

    /** Reads the exercise again and shows what changed. */
    void refresh() {
        show(results.board(dealId));
    }

    private void show(WinResultsBoard board) {
        if (!board.influences().equals(people)) {
            people = board.influences();
            List<PersonCard> built = new ArrayList<>();
            cardsByRole.forEach((role, column) -> {
                column.removeAll();
                people.stream().filter(person -> person.has(role)).forEach(person -> {
                    PersonCard card = new PersonCard(person, board.pool(), mayEdit, this);
                    column.add(card);
                    built.add(card);
                });
                if (column.getComponentCount() == 0) {
                    Span nobody = new Span(getTranslation("win-result.column.empty"));
                    nobody.addClassName("win-results-nobody");
                    column.add(nobody);
                }
            });
            cards = List.copyOf(built);
        }
        boolean none = people.isEmpty();
        if (none) {
            empty.setText(getTranslation("win-result.exercise.no-people"));
        }
        empty.setVisible(none);
        columns.setVisible(!none);
        Objects.requireNonNull(pool).show(board.pool());
        Objects.requireNonNull(pool).setVisible(!none);
        cards.forEach(card -> {
            card.offer(board.pool());
            card.show(board.of(card.person().id()), people);
        });
    }

    @Override
    public void dropped(InfluenceRow person, Object dragData) {
        switch (dragData) {
            case StandardWinResult entry -> act(() -> results.assign(dealId, person.id(), entry.id()));
            case PersonalWinResult moved when moved.influenceId() != person.id() ->
                    act(() -> results.move(dealId, moved.id(), moved.version(), person.id()));
            case WinResultPool.OwnWords words -> act(() -> results.addOwn(dealId, person.id(), words.text(), null));
            default -> { }
        }
    }

    @Override
    public void picked(InfluenceRow person, StandardWinResult entry) {
        act(() -> results.assign(dealId, person.id(), entry.id()));
    }

    @Override
    public void typed(InfluenceRow person, String text) {
        try {
            results.addOwn(dealId, person.id(), text, null);
        } catch (StaleDataException stale) {
            Notifications.error("win-result.stale");
        }
        refresh();
    }

    @Override
    public void remove(PersonalWinResult result) {
        act(() -> results.unassign(dealId, result.id(), result.version()));
    }

    @Override
    public void move(PersonalWinResult result, InfluenceRow to) {
        act(() -> results.move(dealId, result.id(), result.version(), to.id()));
    }

    /** Runs a change and shows the exercise as it is now; someone else's change in between is shown, not undone. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (StaleDataException stale) {
            Notifications.error("win-result.stale");
        } catch (InvalidInputException invalid) {
            Notifications.error(invalid.fieldErrors().values().iterator().next());
        }
        refresh();
    }
}
