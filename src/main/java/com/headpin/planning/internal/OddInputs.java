package com.headpin.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.headpin.deals.DealStage;
import com.headpin.planning.PlanInputs;
import com.headpin.planning.PlanNote;

/**
 * Inputs the method cannot plan from, each with the explanation a rep or director can act on, instead of a crash or
 * a plan of zero deals. Checked before any scheduling.
 */
final class OddInputs {

    private OddInputs() {
    }

    static List<PlanNote> check(PlanInputs in) {
        List<PlanNote> notes = new ArrayList<>();
        if (in.quota().signum() <= 0) {
            notes.add(PlanNote.blocking("planning.odd.no-quota", in.quota()));
        }
        if (in.averageDeal().signum() <= 0) {
            notes.add(PlanNote.blocking("planning.odd.no-average-deal", in.averageDeal()));
        }
        if (in.quota().signum() > 0 && in.averageDeal().compareTo(in.quota()) > 0) {
            notes.add(PlanNote.warning("planning.note.deal-above-quota", in.averageDeal(), in.quota()));
        }
        checkRatios(in, notes);
        if (in.seminarsPerWeek() < 1) {
            notes.add(PlanNote.blocking("planning.odd.no-seminar-capacity"));
        }
        if (in.closeFrom().isAfter(in.closeTo())) {
            notes.add(PlanNote.blocking("planning.odd.window-reversed", in.closeFrom(), in.closeTo()));
        }
        if (in.buffer() != null && !in.buffer().isBefore(in.closeFrom()) && !in.buffer().isAfter(in.closeTo())) {
            notes.add(PlanNote.blocking("planning.odd.buffer-in-window", in.buffer()));
        }
        return notes;
    }

    /** 9-6-5-5-3-1: each stage needs at most as many prospects as the one before, and signing one is one deal. */
    private static void checkRatios(PlanInputs in, List<PlanNote> notes) {
        for (DealStage stage : DealStage.values()) {
            if (in.process().stage(stage).conversion() < 1) {
                notes.add(PlanNote.blocking("planning.odd.ratio-missing", stage));
                return;
            }
        }
        for (DealStage stage : DealStage.values()) {
            stage.next().ifPresent(next -> {
                int here = in.process().stage(stage).conversion();
                int there = in.process().stage(next).conversion();
                if (there > here) {
                    notes.add(PlanNote.blocking("planning.odd.ratios-rise", next, there, stage, here));
                }
            });
        }
        int signed = in.process().stage(DealStage.SIGNED).conversion();
        if (signed != 1) {
            notes.add(PlanNote.blocking("planning.odd.signed-ratio", signed));
        }
    }

    /** Deals needed: the quota divided by the average deal, rounded up (0 when either is not positive). */
    static int dealsNeeded(PlanInputs in) {
        if (in.quota().signum() <= 0 || in.averageDeal().signum() <= 0) {
            return 0;
        }
        BigDecimal deals = in.quota().divide(in.averageDeal(), 0, java.math.RoundingMode.CEILING);
        return deals.compareTo(BigDecimal.valueOf(BackwardPlanner.MAX_DEALS)) > 0 ? Integer.MAX_VALUE
                : deals.intValueExact();
    }
}
