package com.headpin.planning;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a rep's quota for a year comes from: [Forecast] owns quotas ({@link ForecastQuotas} reads them); when it has
 * none for the rep and year, the planner's quota field is typed in.
 */
public interface QuotaSource {

    Optional<BigDecimal> quota(long userId, int year);
}
