package com.headpin.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;
import com.headpin.planning.PlanInputs;
import com.headpin.planning.PlanMonth;
import com.headpin.planning.StageStart;

/**
 * Adds the planned deals up month by month: prospects reaching each stage, seminar and travel days, and each role's
 * person-days, spread evenly over the usable weeks of the stage they belong to (to the cent; the last week takes
 * the remainder, so the months add up to exactly the stages' effort).
 */
final class MonthTally {

    private static final class Month {
        final Map<DealStage, Integer> reaching = new EnumMap<>(DealStage.class);
        final Map<DealRole, BigDecimal> effort = new EnumMap<>(DealRole.class);
        int seminars;
        int travel;
    }

    private final TreeMap<YearMonth, Month> months = new TreeMap<>();
    private final PlanInputs in;
    private final WorkWeeks weeks;

    MonthTally(PlanInputs in, WorkWeeks weeks) {
        this.in = in;
        this.weeks = weeks;
    }

    void add(DealScheduler.Schedule schedule) {
        for (StageStart start : schedule.deal().stages()) {
            month(start.date()).reaching.merge(start.stage(), in.process().stage(start.stage()).conversion(),
                    Integer::sum);
        }
        schedule.deal().seminarDays().forEach(day -> month(day).seminars++);
        schedule.stageWeeks().forEach((stage, stageWeeks) -> {
            int prospects = in.process().stage(stage).conversion();
            for (DealRole role : DealRole.values()) {
                BigDecimal total = in.process().stage(stage).effort(role).multiply(BigDecimal.valueOf(prospects));
                if (total.signum() != 0) {
                    spread(role, total, stageWeeks);
                }
            }
        });
    }

    private void spread(DealRole role, BigDecimal total, List<LocalDate> stageWeeks) {
        int n = stageWeeks.size();
        BigDecimal share = total.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n; i++) {
            BigDecimal part = i < n - 1 ? share : total.subtract(share.multiply(BigDecimal.valueOf(n - 1L)));
            month(weeks.firstFreeDay(stageWeeks.get(i))).effort.merge(role, part, BigDecimal::add);
        }
    }

    /**
     * Travel: of all seminars in date order, {@code nonLocalPercent} are with customers outside the rep's city,
     * spread evenly through the year rather than bunched, each adding the travel days of one trip.
     */
    void addTravel(List<LocalDate> seminarDays) {
        List<LocalDate> sorted = seminarDays.stream().sorted().toList();
        int percent = in.nonLocalPercent();
        for (int k = 0; k < sorted.size(); k++) {
            if ((k + 1L) * percent / 100 > (long) k * percent / 100) {
                month(sorted.get(k)).travel += in.travelDaysPerTrip();
            }
        }
    }

    /** Every month from the first activity to the buffer (or the last close), empty ones included. */
    List<PlanMonth> months() {
        if (months.isEmpty()) {
            return List.of();
        }
        YearMonth last = months.lastKey();
        if (in.buffer() != null && in.buffer().isAfter(last)) {
            last = in.buffer();
        }
        for (YearMonth m = months.firstKey(); !m.isAfter(last); m = m.plusMonths(1)) {
            months.computeIfAbsent(m, k -> new Month());
        }
        return months.entrySet().stream().map(e -> new PlanMonth(e.getKey(), e.getValue().reaching,
                e.getValue().seminars, e.getValue().travel, e.getValue().effort)).toList();
    }

    private Month month(LocalDate day) {
        return months.computeIfAbsent(YearMonth.from(day), k -> new Month());
    }
}
