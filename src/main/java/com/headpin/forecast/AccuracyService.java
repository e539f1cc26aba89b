package com.headpin.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.forecast.internal.ForecastSnapshot;
import com.headpin.forecast.internal.ForecastSnapshotRepository;
import com.headpin.forecast.internal.SnapshotNumbersRepository;
import com.headpin.forecast.internal.SnapshotNumbersRow;
import com.headpin.shared.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecast accuracy ({@link Accuracy}) for the reps whose numbers the caller sees (the four numbers' audience), for
 * the last six months or four quarters that have ended. How many weeks before a period's end its forecast is taken
 * from is {@code headpin.forecast.accuracy-weeks} (default 4): far enough ahead to matter, close enough that the
 * deals are known.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccuracyService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ForecastService forecasts;
    private final ForecastSnapshotRepository snapshots;
    private final SnapshotNumbersRepository numbers;
    private final Periods periods;
    private final BusinessCalendar calendar;
    private final int weeksBefore;

    AccuracyService(ForecastService forecasts, ForecastSnapshotRepository snapshots, SnapshotNumbersRepository numbers,
                    Periods periods, BusinessCalendar calendar,
                    @Value("${headpin.forecast.accuracy-weeks:4}") int weeksBefore) {
        this.forecasts = forecasts;
        this.snapshots = snapshots;
        this.numbers = numbers;
        this.periods = periods;
        this.calendar = calendar;
        this.weeksBefore = Math.max(0, weeksBefore);
    }

    /** Accuracy per rep for the periods of a kind (month or quarter) that ended most recently, oldest first. */
    public Accuracy accuracy(PeriodKind kind) {
        PeriodKind shown = kind == PeriodKind.QUARTER ? PeriodKind.QUARTER : PeriodKind.MONTH;
        List<Period> past = new ArrayList<>();
        Period period = periods.previous(periods.current(shown));
        for (int i = 0; i < (shown == PeriodKind.QUARTER ? 4 : 6); i++, period = periods.previous(period)) {
            past.addFirst(period);
        }
        Map<Period, LocalDate> frozenWeek = new LinkedHashMap<>();
        past.forEach(p -> frozenWeek.put(p, calendar.weekStart(p.end().minusWeeks(weeksBefore))));
        Map<LocalDate, Long> snapshotOfWeek = snapshots.findByWeekStartIn(Set.copyOf(frozenWeek.values())).stream()
                .collect(Collectors.toMap(ForecastSnapshot::getWeekStart, ForecastSnapshot::requireId));
        Map<Period, ForecastTable> tables = new LinkedHashMap<>();
        past.forEach(p -> tables.put(p, forecasts.table(p)));
        Map<Long, String> names = new LinkedHashMap<>();
        tables.values().forEach(table -> table.reps().forEach(rep -> names.putIfAbsent(rep.repId(), rep.name())));
        Map<String, BigDecimal> frozen = new HashMap<>();
        if (!snapshotOfWeek.isEmpty() && !names.isEmpty()) {
            for (SnapshotNumbersRow row : numbers.findBySnapshotIdInAndRepIdIn(snapshotOfWeek.values(),
                    names.keySet())) {
                frozen.put(row.getSnapshotId() + "/" + row.getRepId() + "/" + row.getPeriodKey(),
                        row.numbers().forecast());
            }
        }
        List<Accuracy.Row> rows = new ArrayList<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(rep -> {
            List<Accuracy.Cell> cells = new ArrayList<>();
            for (Period p : past) {
                BigDecimal achieved = tables.get(p).rep(rep.getKey()).map(r -> r.numbers().achievement())
                        .orElse(BigDecimal.ZERO);
                Long snapshotId = snapshotOfWeek.get(frozenWeek.get(p));
                BigDecimal forecast = snapshotId == null ? null
                        : frozen.get(snapshotId + "/" + rep.getKey() + "/" + p.key());
                cells.add(cell(p, frozenWeek.get(p), forecast, achieved));
            }
            rows.add(new Accuracy.Row(rep.getKey(), rep.getValue(), cells));
        });
        return new Accuracy(shown, weeksBefore, past, rows);
    }

    /** One period's accuracy (package-visible: tests check the formula's edges). */
    static Accuracy.Cell cell(Period period, LocalDate week, @Nullable BigDecimal forecast,
                              BigDecimal achieved) {
        if (forecast == null) {
            return new Accuracy.Cell(period, week, Accuracy.Status.NO_SNAPSHOT, null, achieved, null);
        }
        if (achieved.signum() <= 0) {
            return new Accuracy.Cell(period, week, Accuracy.Status.NOTHING_ACHIEVED, forecast, achieved, null);
        }
        BigDecimal miss = forecast.subtract(achieved).abs().multiply(HUNDRED).divide(achieved, 0, RoundingMode.HALF_UP);
        return new Accuracy.Cell(period, week, Accuracy.Status.MEASURED, forecast, achieved,
                HUNDRED.subtract(miss).intValueExact());
    }
}
