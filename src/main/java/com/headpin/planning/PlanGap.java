package com.headpin.planning;

import java.time.LocalDate;
import java.time.YearMonth;

import com.headpin.deals.DealStage;

/**
 * What the real funnel lacks to keep a planned close: {@code missing} more prospects must reach {@code stage} by
 * {@code due}; {@code late} when that day has passed.
 */
public record PlanGap(YearMonth closeMonth, DealStage stage, int missing, LocalDate due, boolean late) {
}
