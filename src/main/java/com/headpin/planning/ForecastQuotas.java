package com.headpin.planning;

import java.math.BigDecimal;
import java.util.Optional;

import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaFigures;
import com.headpin.forecast.QuotaService;
import org.springframework.stereotype.Component;

/**
 * The planner's quota from [Forecast]: the rep's quota for the fiscal year of the same number (with the default
 * January start, the calendar year), as far as the caller may read it; none when no quota is set.
 */
@Component
class ForecastQuotas implements QuotaSource {

    private final QuotaService quotas;

    ForecastQuotas(QuotaService quotas) {
        this.quotas = quotas;
    }

    @Override
    public Optional<BigDecimal> quota(long userId, int year) {
        return quotas.board(year).rep(userId).map(QuotaBoard.Rep::quota).map(QuotaFigures::yearly)
                .filter(amount -> amount.signum() > 0);
    }
}
