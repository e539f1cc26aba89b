package com.headpin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;

/**
 * Where the n-th demo deal stands and when it got there, worked out backwards from today with the sales process's
 * typical weeks (each deal a little faster or slower): about six in ten open, spread over the five open stages and
 * some stalled; two won; one lost; one delayed. Everything within the past twelve months.
 */
record DealDemoPlan(DealOutcome outcome, DealStage stage, LocalDate createdOn, List<LocalDate> movedOn,
                    LocalDate endedOn) {

    private static final int MAX_AGE_DAYS = 360;
    private static final double[] PACE = {0.7, 1.0, 1.3, 0.9, 1.5, 0.8, 1.1};
    /** Time spent so far in the current stage, as a share of its typical duration: above 1 is stalled. */
    private static final double[] IN_STAGE = {0.2, 0.5, 0.8, 1.4, 0.3, 2.2, 0.6};

    static DealDemoPlan of(int n, SalesProcess process, LocalDate today) {
        DealOutcome outcome = switch (n % 10) {
            case 6, 7 -> DealOutcome.WON;
            case 8 -> DealOutcome.LOST;
            case 9 -> DealOutcome.DELAYED;
            default -> DealOutcome.OPEN;
        };
        // Open deals spread over the five open stages; won ones reach negotiation before signing.
        int reached = switch (outcome) {
            case OPEN -> 1 + (n / 3) % 5;
            case WON -> 5;
            case LOST -> 1 + (n / 10) % 5;
            case DELAYED -> 2 + (n / 10) % 4;
        };
        return of(n, outcome, reached, process, today);
    }

    /** The n-th deal's dates for an outcome reached from stage {@code reached} (for open deals: the stage it is in). */
    static DealDemoPlan of(int n, DealOutcome outcome, int reached, SalesProcess process, LocalDate today) {
        List<Integer> days = new ArrayList<>();
        for (int stage = 1; stage < reached; stage++) {
            days.add(days(process, stage, PACE[(n + stage) % PACE.length]));
        }
        int current = days(process, reached, outcome == DealOutcome.OPEN ? IN_STAGE[n % IN_STAGE.length]
                : PACE[n % PACE.length]);
        // Closed and delayed deals ended some time ago; open ones are still in their stage today.
        int endedAgo = outcome == DealOutcome.OPEN ? 0 : 3 + (n * 37) % 200;
        int total = days.stream().mapToInt(Integer::intValue).sum() + current + endedAgo;
        double squeeze = total > MAX_AGE_DAYS ? (double) MAX_AGE_DAYS / total : 1.0;
        LocalDate createdOn = today.minusDays(Math.round(total * squeeze));
        List<LocalDate> moves = new ArrayList<>();
        LocalDate at = createdOn;
        for (int interval : days) {
            at = min(at.plusDays(Math.max(1, Math.round(interval * squeeze))), today);
            moves.add(at);
        }
        LocalDate endedOn = outcome == DealOutcome.OPEN ? today
                : min(today.minusDays(Math.round(endedAgo * squeeze)), today).isAfter(at)
                ? min(today.minusDays(Math.round(endedAgo * squeeze)), today) : at.plusDays(1);
        return new DealDemoPlan(outcome, DealStage.of(reached), createdOn, moves, min(endedOn, today));
    }

    private static int days(SalesProcess process, int stage, double pace) {
        int weeks = Math.max(1, process.stage(DealStage.of(stage)).typicalWeeks());
        return (int) Math.max(1, Math.round(weeks * 7 * pace));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
