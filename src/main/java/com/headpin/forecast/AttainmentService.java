package com.headpin.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.headpin.deals.DealFigures;
import com.headpin.deals.OwnerFigures;
import com.headpin.forecast.internal.Quota;
import com.headpin.forecast.internal.QuotaRepository;
import com.headpin.organisation.OrganisationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attainment over time: month by month through a fiscal year, what was won so far against the quota so far, for the
 * caller's part (a rep: their own; a director: the reps of the units they manage; an administrator: everyone).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AttainmentService {

    private final DealFigures figures;
    private final QuotaRepository quotas;
    private final Periods periods;
    private final OrganisationService organisation;
    private final QuotaRights rights;

    AttainmentService(DealFigures figures, QuotaRepository quotas, Periods periods, OrganisationService organisation,
                      QuotaRights rights) {
        this.figures = figures;
        this.quotas = quotas;
        this.periods = periods;
        this.organisation = organisation;
        this.rights = rights;
    }

    /** The twelve fiscal months, each with the quota and achievement added up from the year's start. */
    public List<AttainmentMonth> cumulative(int fiscalYear) {
        Set<Long> reps = figures.readable(rights.audience(organisation.tree()).rowRepIds());
        List<Quota> repQuotas = quotas.findByFiscalYearAndUserIdIn(fiscalYear, reps);
        List<AttainmentMonth> months = new ArrayList<>(12);
        BigDecimal quota = BigDecimal.ZERO;
        BigDecimal achieved = BigDecimal.ZERO;
        for (Period month : periods.months(fiscalYear)) {
            for (Quota q : repQuotas) {
                quota = quota.add(q.month(month.index()));
            }
            for (OwnerFigures owner : figures.byOwner(reps, month.start(), month.end()).values()) {
                achieved = achieved.add(owner.wonAmount());
            }
            Integer percent = quota.signum() == 0 ? null : achieved.multiply(BigDecimal.valueOf(100))
                    .divide(quota, 0, RoundingMode.HALF_UP).intValueExact();
            months.add(new AttainmentMonth(month, quota, achieved, percent));
        }
        return months;
    }
}
