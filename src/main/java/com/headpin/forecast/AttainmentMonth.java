package com.headpin.forecast;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One fiscal month of attainment over time: the quota and achievement added up from the fiscal year's start to the
 * month's end, and the share achieved (null without a quota so far).
 */
public record AttainmentMonth(Period month, BigDecimal cumulativeQuota, BigDecimal cumulativeAchievement,
                              @Nullable Integer attainmentPercent) {
}
