package com.headpin.planning;

/**
 * The inputs a plan starts from: the quota from [Forecast] when a {@link QuotaSource} has one
 * ({@code quotaFromForecast}), the average of the rep's {@code wonDeals} won deals when there are any.
 */
public record PlanDraft(PlanRequest request, boolean quotaFromForecast, int wonDeals) {
}
