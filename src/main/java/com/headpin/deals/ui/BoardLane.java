package com.headpin.deals.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.headpin.collaboration.PresentUser;
import com.headpin.deals.DealBoardService;
import com.headpin.deals.DealCard;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealLane;
import com.headpin.deals.LaneTotals;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * One lane of the board: its header (count, amount, weighted amount) and a lazy grid of light cards, one rendered
 * row per visible card, not a server component per card. Cards are dragged out as "id:version" (the version the
 * user saw, so a move made on an older card is caught) and dropped onto another lane.
 */
class BoardLane extends Composite<Div> {

    static final String CARD = """
            <div class="board-card" data-deal="${item.id}">
              <div class="board-card-top">
                <span class="board-card-account">${item.account}</span>
                <span class="board-card-stalled" theme="badge warning small" title="${item.stalledHelp}"
                      ?hidden="${!item.stalled}">${item.stalledLabel}</span>
              </div>
              <a class="board-card-name" href="deals/${item.id}" draggable="false">${item.name}</a>
              <div class="board-card-figures">
                <span class="board-card-amount">${item.amount}</span>
                <span class="board-card-close">${item.close}</span>
              </div>
              <div class="board-card-people">
                <vaadin-avatar class="board-card-owner" theme="xsmall" name="${item.owner}" abbr="${item.ownerAbbr}"
                               color-index="${item.ownerColor}" title="${item.owner}"></vaadin-avatar>
                <span class="board-card-flags" theme="badge error small pill" title="${item.flagsHelp}"
                      ?hidden="${item.flags === 0}">⚑ ${item.flags}</span>
                <vaadin-avatar-group class="board-card-viewers" theme="xsmall" max-items-visible="3"
                                     .items="${item.viewers}" ?hidden="${item.viewers.length === 0}"
                                     title="${item.viewersHelp}"></vaadin-avatar-group>
                <vaadin-button class="board-card-move" theme="tertiary-inline small" aria-label="${item.moveLabel}"
                               title="${item.moveLabel}" ?hidden="${!item.movable}" @click="${move}">⇄</vaadin-button>
              </div>
            </div>""";

    static final int PAGE_SIZE = 20;

    private final DealLane lane;
    private final Grid<DealCard> grid = new Grid<>();
    private final Span count = new Span();
    private final Span amounts = new Span();
    private final Map<Long, DealLane> shown;
    private LaneTotals totals;

    /**
     * @param shown where each card loaded so far is shown (the board's map, kept by every lane's fetches)
     * @param onDrop a card dropped here, as "id:version"
     * @param onMove the card's move button: the keyboard way to move it
     */
    BoardLane(DealLane lane, String title, DealBoardService board, Supplier<DealFilter> filter, boolean mayMove,
              Map<Long, DealLane> shown, BiConsumer<String, DealLane> onDrop, Consumer<DealCard> onMove) {
        this.lane = lane;
        this.shown = shown;
        this.totals = LaneTotals.empty(lane);
        Span name = new Span(title);
        name.addClassName("board-lane-title");
        count.addClassName("board-lane-count");
        count.setId("board-count-" + lane.key());
        amounts.addClassName("board-lane-amounts");
        amounts.setId("board-amounts-" + lane.key());
        Div header = new Div(new Div(name, count), amounts);
        header.addClassName("board-lane-header");

        grid.setId("board-lane-" + lane.key());
        grid.addClassName("board-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.NO_ROW_BORDERS);
        // A lane shows six or seven cards at a time: pages of 20 (not 50) keep what each open board holds small
        // (bench/README.md, retained heap per session); scrolling fetches the next ones.
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(LitRenderer.<DealCard>of(CARD)
                .withProperty("id", DealCard::id)
                .withProperty("name", DealCard::name)
                .withProperty("account", c -> c.accountName() == null ? getTranslation("deal.account.hidden")
                        : c.accountName())
                .withProperty("amount", c -> Money.compact(c.amount(), getLocale()))
                .withProperty("close", c -> Dates.format(c.expectedClose(), getLocale()))
                .withProperty("owner", DealCard::ownerName)
                .withProperty("ownerAbbr", DealCard::ownerInitials)
                .withProperty("ownerColor", c -> PresentUser.colorOf(c.ownerId()))
                .withProperty("stalled", DealCard::stalled)
                .withProperty("stalledLabel", c -> getTranslation("deal.stalled"))
                .withProperty("stalledHelp", c -> getTranslation("deal.stalled.help"))
                .withProperty("flags", DealCard::redFlags)
                .withProperty("flagsHelp", c -> getTranslation("board.red-flags", c.redFlags()))
                .withProperty("viewers", c -> c.viewers().stream().map(v -> Map.of("name", v.name(),
                        "abbr", v.initials(), "colorIndex", v.colorIndex())).toList())
                .withProperty("viewersHelp", c -> getTranslation("board.viewers"))
                .withProperty("movable", c -> mayMove)
                .withProperty("moveLabel", c -> getTranslation("board.move", c.name()))
                .withFunction("move", onMove::accept));
        grid.setItems(new CallbackDataProvider<DealCard, Void>(query -> {
            List<DealCard> page = board.lane(lane, filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query));
            page.forEach(card -> shown.put(card.id(), lane));
            return page.stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, totals.count()), DealCard::id));
        grid.setRowsDraggable(mayMove);
        grid.setDragDataGenerator("text", c -> c.id() + ":" + c.version());
        grid.setDropMode(mayMove ? GridDropMode.ON_GRID : null);
        grid.addDropListener(e -> onDrop.accept(e.getDataTransferText(), lane));

        Div content = getContent();
        content.addClassName("board-lane");
        content.getElement().setAttribute("data-lane", lane.key());
        content.add(header, grid);
    }

    DealLane lane() {
        return lane;
    }

    Grid<DealCard> grid() {
        return grid;
    }

    /** Shows the totals; the header's text changes only where a figure did. */
    void show(LaneTotals next) {
        boolean countChanged = next.count() != totals.count();
        totals = next;
        setIfChanged(count, String.valueOf(next.count()));
        setIfChanged(amounts, getTranslation("board.amounts", Money.compact(next.amount(), getLocale()),
                Money.compact(next.weightedAmount(), getLocale())));
        if (countChanged) {
            grid.getDataProvider().refreshAll();
        }
    }

    /** Reloads the cards (rows came or went). */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Shows a card again as it is now, in place: the push carries this one row. */
    void refresh(DealCard card) {
        shown.put(card.id(), lane);
        grid.getDataProvider().refreshItem(card);
    }

    private static void setIfChanged(Span span, String text) {
        if (!text.equals(span.getText())) {
            span.setText(text);
        }
    }
}
