package com.headpin.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.headpin.deals.DealStage;

/**
 * One deal the quota needs, planned backwards from its close month: when prospecting starts, the day each stage must
 * begin (seminar to signing, in funnel order), and the days of its seminars (one working day each).
 */
public record PlannedDeal(int number, YearMonth closeMonth, LocalDate prospectingStart, List<StageStart> stages,
                          List<LocalDate> seminarDays) {

    public PlannedDeal {
        stages = List.copyOf(stages);
        seminarDays = List.copyOf(seminarDays);
    }

    public LocalDate start(DealStage stage) {
        return stages.get(stage.ordinal()).date();
    }

    public LocalDate closeDate() {
        return start(DealStage.SIGNED);
    }
}
