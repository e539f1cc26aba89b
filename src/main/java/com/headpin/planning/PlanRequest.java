package com.headpin.planning;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What a user asks the planner for a rep and year: the quota and average deal (empty until known), the close window
 * and buffer, seminars a week and travel days per trip out of town.
 */
public record PlanRequest(int planYear, @Nullable BigDecimal quota, @Nullable BigDecimal averageDeal,
                          @Nullable YearMonth closeFrom, @Nullable YearMonth closeTo, @Nullable YearMonth buffer,
                          int seminarsPerWeek, int travelDaysPerTrip) {

    public static final int MAX_SEMINARS_PER_WEEK = 5;
    public static final int MAX_TRAVEL_DAYS = 5;
}
