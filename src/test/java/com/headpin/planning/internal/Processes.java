package com.headpin.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.StageSettings;
import com.headpin.planning.DateRange;

/** Sales processes for planner tests: the method's defaults (as migration V17 seeds them) or given numbers. */
final class Processes {

    static final int[] RATIOS = {9, 6, 5, 5, 3, 1};
    static final int[] WEEKS = {2, 4, 5, 4, 6, 0};
    /** Spring Festival 2027 (6 February) with the days around it, as the company calendar holds it. */
    static final DateRange SPRING_FESTIVAL_2027 = new DateRange(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 14));

    private Processes() {
    }

    static SalesProcess defaults() {
        return of(2, RATIOS, WEEKS);
    }

    static SalesProcess of(int prospectingWeeks, int[] ratios, int[] weeks) {
        List<StageSettings> stages = new ArrayList<>();
        for (DealStage stage : DealStage.values()) {
            int i = stage.ordinal();
            Map<DealRole, BigDecimal> effort = new EnumMap<>(DealRole.class);
            effort.put(DealRole.SALES, new BigDecimal("2.0"));
            effort.put(DealRole.CONSULTANT, BigDecimal.valueOf(i).add(new BigDecimal("0.5")));
            if (stage == DealStage.NEGOTIATION) {
                effort.put(DealRole.LEGAL, new BigDecimal("2.0"));
                effort.put(DealRole.FINANCE, new BigDecimal("1.0"));
            }
            stages.add(new StageSettings(stage, stage.name(), stage.name(), 10, weeks[i], ratios[i], List.of(),
                    effort));
        }
        return new SalesProcess(1, prospectingWeeks, stages, List.of(), Instant.EPOCH, null);
    }
}
