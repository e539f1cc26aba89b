package com.headpin.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.headpin.resources.internal.CapacityMath;

/** One person's week: days available (absences taken out), days assigned, working days away. */
public record WeekLoad(LocalDate weekStart, BigDecimal capacity, BigDecimal load, int absentDays) {

    /** Load in percent of capacity (999 for load on a week with no capacity). */
    public int percent() {
        return CapacityMath.percent(load, capacity);
    }

    public boolean over() {
        return load.compareTo(capacity) > 0;
    }
}
