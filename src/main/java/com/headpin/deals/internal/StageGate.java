package com.headpin.deals.internal;

import java.util.List;

import com.headpin.deals.DealChange;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.ExitCriterion;
import com.headpin.deals.SalesProcess;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;

/**
 * The stage gate: a deal moves forward only when the exit criteria of every stage it leaves are ticked; a director
 * who manages the deal may move it past missing ones with a reason. Moving back is always allowed (a reason is
 * optional). Signing is the won outcome, not a move.
 */
public final class StageGate {

    /** What a move is, once allowed: how the history records it, and the reason kept with it. */
    public record Move(DealChange change, @Nullable String reason) {
    }

    private StageGate() {
    }

    public static Move check(Deal deal, DealStage to, @Nullable String reason, SalesProcess process,
                             boolean mayOverride) {
        String trimmed = InputRules.trimToNull(reason);
        InputRules rules = new InputRules().maxLength("reason", trimmed, Deal.REASON_MAX_LENGTH);
        if (deal.getOutcome() != DealOutcome.OPEN) {
            rules.reject("stage", "deal.stage.not-open");
        } else if (to == deal.getStage()) {
            rules.reject("stage", "deal.stage.same");
        } else if (to == DealStage.SIGNED) {
            rules.reject("stage", "deal.stage.sign-by-winning");
        }
        rules.check();
        if (to.compareTo(deal.getStage()) < 0) {
            return new Move(DealChange.MOVED_BACK, trimmed);
        }
        if (missing(deal, to, process).isEmpty()) {
            return new Move(DealChange.MOVED_FORWARD, trimmed);
        }
        if (!mayOverride) {
            rules.reject(trimmed == null ? "stage" : "reason",
                    trimmed == null ? "deal.gate.criteria-missing" : "deal.gate.directors-only");
        } else if (trimmed == null) {
            rules.reject("reason", "deal.gate.reason-required");
        }
        rules.check();
        return new Move(DealChange.GATE_OVERRIDDEN, trimmed);
    }

    /** The active exit criteria of the stages a move to {@code to} leaves that the deal has not ticked. */
    public static List<ExitCriterion> missing(Deal deal, DealStage to, SalesProcess process) {
        return process.stages().stream()
                .filter(s -> s.stage().compareTo(deal.getStage()) >= 0 && s.stage().compareTo(to) < 0)
                .flatMap(s -> s.exitCriteria().stream())
                .filter(c -> !deal.progress().checkedCriteria().contains(c.id()))
                .toList();
    }
}
