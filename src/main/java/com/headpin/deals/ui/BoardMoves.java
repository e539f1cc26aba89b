package com.headpin.deals.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealLane;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStageService;
import com.headpin.deals.SalesProcess;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.Notifications;

/**
 * A card dropped on a lane, or moved there from the keyboard, goes through the same dialogs as on the deal page: a
 * stage lane through the gate, won / lost / delayed through the outcome dialog, a closed deal back to work by
 * reopening it. A card the user saw at an older version (someone moved or changed the deal meanwhile) is not
 * moved: the user is told, and the board shows the deal where it really is.
 */
final class BoardMoves {

    private final DealService deals;
    private final DealStageService stages;
    private final BusinessCalendar calendar;
    private final Function<DealLane, String> laneName;
    /** Refreshes the lanes the deal was shown in and is in now. */
    private final Consumer<Long> onMoved;

    BoardMoves(DealService deals, DealStageService stages, BusinessCalendar calendar,
               Function<DealLane, String> laneName, Consumer<Long> onMoved) {
        this.deals = deals;
        this.stages = stages;
        this.calendar = calendar;
        this.laneName = laneName;
        this.onMoved = onMoved;
    }

    /** A drag's data, "id:version" (see {@link BoardLane}), dropped on {@code to}. */
    void dropped(String data, DealLane to, SalesProcess process) {
        String[] parts = data.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            return;
        }
        move(Long.parseLong(parts[0]), Long.parseLong(parts[1]), to, process);
    }

    /** Moves the deal the user saw at {@code seenVersion} to {@code to}, through the dialog that move needs. */
    void move(long dealId, long seenVersion, DealLane to, SalesProcess process) {
        Optional<DealDetails> found = deals.find(dealId);
        if (found.isEmpty()) {
            Notifications.error("deal.not-found");
            onMoved.accept(dealId);
            return;
        }
        DealDetails deal = found.get();
        DealLane now = DealLane.of(deal.stage(), deal.outcome());
        if (deal.version() != seenVersion) {
            Notifications.error("board.changed-meanwhile", deal.name(), laneName.apply(now));
            onMoved.accept(dealId);
            return;
        }
        if (now == to) {
            return;
        }
        Consumer<DealDetails> done = saved -> onMoved.accept(saved.id());
        if (!deal.isOpen()) {
            if (to.stage().isPresent()) {
                outcome(deal, DealOutcome.OPEN, done);
            } else {
                Notifications.error("board.reopen-first", deal.name());
            }
        } else if (to.stage().isPresent()) {
            new GateDialog(stages, deal, to.stage().get(), process, deals.choices(dealId).mayOverride(), done)
                    .open();
        } else {
            outcome(deal, to.outcome(), done);
        }
    }

    private void outcome(DealDetails deal, DealOutcome outcome, Consumer<DealDetails> done) {
        new OutcomeDialog(stages, deals.competitors(), deal, outcome, calendar.today(), done).open();
    }
}
