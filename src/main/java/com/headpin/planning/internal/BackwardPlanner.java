package com.headpin.planning.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.headpin.planning.PlanInputs;
import com.headpin.planning.PlanNote;
import com.headpin.planning.PlannedDeal;
import com.headpin.planning.SalesPlan;

/**
 * Planning backwards (从后向前计划), as plain computation: quota ÷ average deal = deals needed (rounded up), closes
 * spread over the reachable months of the close window, each deal scheduled back from its close around the
 * blackouts and within the seminar capacity, then added up by month. Odd inputs end in notes, never an exception.
 */
public final class BackwardPlanner {

    /** More deals than this is a typing error in the quota or the average deal, not a plan. */
    public static final int MAX_DEALS = 200;
    /** How far back a schedule may reach before the calendar is taken as blacked out. */
    public static final int YEARS_BACK = 3;
    /** How far after the window the planner looks for the first close a late start could make. */
    static final int MONTHS_AHEAD = 24;

    private BackwardPlanner() {
    }

    public static SalesPlan plan(PlanInputs in) {
        List<PlanNote> notes = new ArrayList<>(OddInputs.check(in));
        int deals = OddInputs.dealsNeeded(in);
        if (deals == Integer.MAX_VALUE) {
            notes.add(PlanNote.blocking("planning.odd.too-many-deals", MAX_DEALS));
            deals = 0;
        }
        if (notes.stream().anyMatch(PlanNote::blocking)) {
            return SalesPlan.refused(in, deals, notes);
        }
        WorkWeeks weeks = new WorkWeeks(in.blackouts(), in.closeFrom().atDay(1).minusYears(YEARS_BACK));
        DealScheduler scheduler = new DealScheduler(in.process(), weeks);
        List<YearMonth> open = new ArrayList<>();
        for (YearMonth m = in.closeFrom(); !m.isAfter(in.closeTo()); m = m.plusMonths(1)) {
            if (weeks.signingWeek(m).isPresent()) {
                open.add(m);
            }
        }
        if (open.isEmpty()) {
            notes.add(PlanNote.blocking("planning.odd.all-blacked-out", in.closeFrom(), in.closeTo()));
            return SalesPlan.refused(in, deals, notes);
        }
        List<YearMonth> reachable = open.stream().filter(m -> reachable(in, scheduler, weeks, m)).toList();
        if (reachable.isEmpty()) {
            notes.add(tooShort(in, scheduler, weeks));
            return SalesPlan.refused(in, deals, notes);
        }
        if (!reachable.getFirst().equals(open.getFirst())) {
            notes.add(PlanNote.warning("planning.note.months-unreachable", reachable.getFirst(), in.earliestStart()));
        }
        SeminarBook seminars = new SeminarBook(weeks, in.seminarsPerWeek(), in.people());
        MonthTally tally = new MonthTally(in, weeks);
        List<PlannedDeal> planned = new ArrayList<>();
        List<YearMonth> crowded = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            YearMonth month = reachable.get((int) ((2L * i + 1) * reachable.size() / (2L * deals)));
            Optional<DealScheduler.Schedule> schedule = scheduler.schedule(i + 1, month, seminars);
            if (schedule.isEmpty()) {
                notes.add(PlanNote.blocking("planning.odd.all-blacked-out", in.closeFrom(), in.closeTo()));
                return SalesPlan.refused(in, deals, notes);
            }
            if (schedule.get().deal().prospectingStart().isBefore(in.earliestStart()) && !crowded.contains(month)) {
                crowded.add(month);
            }
            planned.add(schedule.get().deal());
            tally.add(schedule.get());
        }
        if (!crowded.isEmpty()) {
            notes.add(PlanNote.warning("planning.note.seminars-crowded", crowded.getFirst(),
                    in.seminarsPerWeek() * in.people()));
        }
        tally.addTravel(planned.stream().flatMap(d -> d.seminarDays().stream()).toList());
        return new SalesPlan(in, deals, planned, tally.months(), notes);
    }

    /** Whether one deal alone could close in {@code month} starting no earlier than the earliest start. */
    private static boolean reachable(PlanInputs in, DealScheduler scheduler, WorkWeeks weeks, YearMonth month) {
        return scheduler.schedule(0, month, new SeminarBook(weeks, in.seminarsPerWeek(), in.people()))
                .map(s -> !s.deal().prospectingStart().isBefore(in.earliestStart())).orElse(false);
    }

    /** The window closes before a cycle started now could end: say when the first close could be instead. */
    private static PlanNote tooShort(PlanInputs in, DealScheduler scheduler, WorkWeeks weeks) {
        int cycle = in.process().typicalCycleWeeks();
        for (YearMonth m = in.closeTo().plusMonths(1); !m.isAfter(in.closeTo().plusMonths(MONTHS_AHEAD));
             m = m.plusMonths(1)) {
            if (reachable(in, scheduler, weeks, m)) {
                return PlanNote.blocking("planning.odd.window-too-short", cycle, in.earliestStart(), m,
                        in.closeTo());
            }
        }
        return PlanNote.blocking("planning.odd.all-blacked-out", in.closeFrom(), in.closeTo());
    }
}
