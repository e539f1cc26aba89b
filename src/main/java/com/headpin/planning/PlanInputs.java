package com.headpin.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

import com.headpin.deals.SalesProcess;
import org.jspecify.annotations.Nullable;

/**
 * What a plan is computed from. The ratios, stage durations and effort per role are the company's sales process
 * as saved ({@code SalesProcessService.current()}), never a copy. Deals close in {@code closeFrom}..{@code closeTo}
 * with {@code buffer} kept free against slippage; nothing is planned before {@code earliestStart} (today);
 * {@code nonLocalPercent} of the seminars are with customers outside the rep's city, each costing
 * {@code travelDaysPerTrip} more days. A team's plan is made for {@code people} reps: each holds up to
 * {@code seminarsPerWeek} seminars a week.
 */
public record PlanInputs(int planYear, BigDecimal quota, BigDecimal averageDeal, SalesProcess process,
                         YearMonth closeFrom, YearMonth closeTo, @Nullable YearMonth buffer,
                         List<DateRange> blackouts, int seminarsPerWeek, int nonLocalPercent, int travelDaysPerTrip,
                         LocalDate earliestStart, int people) {

    /** The method's defaults: closes May–November, December as buffer. */
    public static final Month CLOSE_FROM = Month.MAY;
    public static final Month CLOSE_TO = Month.NOVEMBER;
    public static final Month BUFFER = Month.DECEMBER;
    public static final int SEMINARS_PER_WEEK = 2;
    public static final int TRAVEL_DAYS_PER_TRIP = 1;

    public PlanInputs {
        blackouts = List.copyOf(blackouts);
        nonLocalPercent = Math.clamp(nonLocalPercent, 0, 100);
        travelDaysPerTrip = Math.max(0, travelDaysPerTrip);
        people = Math.max(1, people);
    }

    /** One rep's inputs. */
    public PlanInputs(int planYear, BigDecimal quota, BigDecimal averageDeal, SalesProcess process,
                      YearMonth closeFrom, YearMonth closeTo, @Nullable YearMonth buffer, List<DateRange> blackouts,
                      int seminarsPerWeek, int nonLocalPercent, int travelDaysPerTrip, LocalDate earliestStart) {
        this(planYear, quota, averageDeal, process, closeFrom, closeTo, buffer, blackouts, seminarsPerWeek,
                nonLocalPercent, travelDaysPerTrip, earliestStart, 1);
    }

    /** The default window, buffer, seminar capacity and travel for a year. */
    public static PlanInputs defaults(int planYear, BigDecimal quota, BigDecimal averageDeal, SalesProcess process,
                                      List<DateRange> blackouts, int nonLocalPercent, LocalDate earliestStart) {
        return new PlanInputs(planYear, quota, averageDeal, process, YearMonth.of(planYear, CLOSE_FROM),
                YearMonth.of(planYear, CLOSE_TO), YearMonth.of(planYear, BUFFER), blackouts, SEMINARS_PER_WEEK,
                nonLocalPercent, TRAVEL_DAYS_PER_TRIP, earliestStart);
    }
}
