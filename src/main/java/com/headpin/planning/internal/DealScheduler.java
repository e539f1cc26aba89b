package com.headpin.planning.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.planning.PlannedDeal;
import com.headpin.planning.StageStart;

/**
 * Plans one deal backwards from its close month: the signing week, then each stage's typical weeks counted back in
 * usable weeks (negotiation, proposal, consulting, executive meeting), the seminars booked before the executive
 * meeting within the seminar capacity, and the prospecting weeks before the first seminar.
 */
final class DealScheduler {

    /** A planned deal with the usable weeks each stage runs through (where its effort is spent). */
    record Schedule(PlannedDeal deal, Map<DealStage, List<LocalDate>> stageWeeks) {
    }

    private final SalesProcess process;
    private final WorkWeeks weeks;

    DealScheduler(SalesProcess process, WorkWeeks weeks) {
        this.process = process;
        this.weeks = weeks;
    }

    Optional<Schedule> schedule(int number, YearMonth closeMonth, SeminarBook seminars) {
        Optional<LocalDate> signing = weeks.signingWeek(closeMonth);
        if (signing.isEmpty()) {
            return Optional.empty();
        }
        Map<DealStage, LocalDate> startWeek = new EnumMap<>(DealStage.class);
        startWeek.put(DealStage.SIGNED, signing.get());
        LocalDate cursor = signing.get();
        for (DealStage stage : List.of(DealStage.NEGOTIATION, DealStage.PROPOSAL, DealStage.CONSULTING,
                DealStage.EXECUTIVE_MEETING)) {
            Optional<LocalDate> start = weeks.back(cursor, process.stage(stage).typicalWeeks());
            if (start.isEmpty()) {
                return Optional.empty();
            }
            cursor = start.get();
            startWeek.put(stage, cursor);
        }
        Optional<LocalDate> byDuration = weeks.back(cursor, process.stage(DealStage.SEMINAR).typicalWeeks());
        Optional<List<LocalDate>> days = seminars.book(cursor, process.stage(DealStage.SEMINAR).conversion());
        if (byDuration.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate seminarWeek = days.get().isEmpty() ? byDuration.get()
                : min(byDuration.get(), WorkWeeks.monday(days.get().getFirst()));
        startWeek.put(DealStage.SEMINAR, seminarWeek);
        Optional<LocalDate> prospecting = weeks.back(seminarWeek, process.prospectingWeeks());
        if (prospecting.isEmpty()) {
            return Optional.empty();
        }
        List<StageStart> starts = new ArrayList<>();
        Map<DealStage, List<LocalDate>> stageWeeks = new EnumMap<>(DealStage.class);
        for (DealStage stage : DealStage.values()) {
            LocalDate week = startWeek.get(stage);
            starts.add(new StageStart(stage, weeks.firstFreeDay(week)));
            stageWeeks.put(stage, stage.next().map(next -> weeks.usableBetween(week, startWeek.get(next)))
                    .orElse(List.of(week)));
        }
        PlannedDeal deal = new PlannedDeal(number, closeMonth, weeks.firstFreeDay(prospecting.get()), starts,
                days.get());
        return Optional.of(new Schedule(deal, stageWeeks));
    }

    LocalDate monthOf(LocalDate week) {
        return weeks.firstFreeDay(week);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
