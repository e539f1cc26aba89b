package com.headpin.resources;

import java.math.BigDecimal;

/**
 * Demand not met, per type: requests still open after their start date, and declined requests, with their days; and
 * how long assignment took (average days from request to assignment over {@code assigned} requests).
 */
public record UnmetRow(ResourceType type, int overdue, BigDecimal overdueDays, int declined, BigDecimal declinedDays,
                       int assigned, BigDecimal averageDaysToAssign) {
}
