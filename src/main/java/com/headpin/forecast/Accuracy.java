package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Forecast accuracy per rep for past periods: {@code 1 − |forecast − achieved| ÷ achieved}, the forecast being the
 * rep's (their call, else the system's figure) as frozen in the weekly snapshot {@code weeksBefore} weeks before
 * the period ended, achieved what is signed in the period now.
 */
public record Accuracy(PeriodKind kind, int weeksBefore, List<Period> periods, List<Row> rows) {

    public Accuracy {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    /** Why a cell has a percentage or not. */
    public enum Status {
        /** Forecast and achievement known, achievement above zero: {@code percent} is set (may be negative). */
        MEASURED,
        /** Nothing was signed: the ratio has no meaning; the forecast is shown instead. */
        NOTHING_ACHIEVED,
        /** No snapshot of that week holds the rep's forecast for the period (none taken, or the rep on no team). */
        NO_SNAPSHOT
    }

    public record Row(long repId, String name, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param frozenWeek the Monday of the week whose snapshot is used
     * @param forecast   the frozen forecast, null without a snapshot
     * @param percent    the accuracy in whole per cent, only when {@code MEASURED}
     */
    public record Cell(Period period, LocalDate frozenWeek, Status status, @Nullable BigDecimal forecast,
                       BigDecimal achieved, @Nullable Integer percent) {
    }
}
