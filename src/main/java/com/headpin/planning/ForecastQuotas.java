package com.headpin.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaFigures;
import com.headpin.forecast.QuotaService;
import org.springframework.stereotype.Component;

/**
 * The planner's quotas from [Forecast]: the rep's (or the unit's) quota for the fiscal year of the same number (with
 * the default January start, the calendar year), as far as the caller may read it; none when no quota is set.
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

    /** One read of the year's quotas for the whole team. */
    @Override
    public TeamQuotas team(long unitId, Collection<Long> repIds, int year) {
        QuotaBoard board = quotas.board(year);
        BigDecimal own = board.unit(unitId).map(QuotaBoard.Unit::topDown).map(QuotaFigures::yearly)
                .filter(amount -> amount.signum() > 0).orElse(null);
        Map<Long, BigDecimal> reps = board.reps().stream()
                .filter(rep -> repIds.contains(rep.repId()) && rep.yearly().signum() > 0)
                .collect(Collectors.toMap(QuotaBoard.Rep::repId, QuotaBoard.Rep::yearly));
        return new TeamQuotas(own, reps);
    }
}
