package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealState;
import com.headpin.deals.OwnerFigures;
import com.headpin.forecast.internal.ForecastAdjustment;
import com.headpin.forecast.internal.ForecastAdjustmentRepository;
import com.headpin.forecast.internal.ForecastCall;
import com.headpin.forecast.internal.ForecastCallRepository;
import com.headpin.forecast.internal.ForecastSnapshot;
import com.headpin.forecast.internal.ForecastSnapshotRepository;
import com.headpin.forecast.internal.Quota;
import com.headpin.forecast.internal.QuotaRepository;
import com.headpin.forecast.internal.SnapshotDealRepository;
import com.headpin.forecast.internal.SnapshotDealRow;
import com.headpin.forecast.internal.SnapshotNumbersRepository;
import com.headpin.forecast.internal.SnapshotNumbersRow;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.shared.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Freezes the week's snapshot as of a day, as the system (the caller's rights were checked by
 * {@link SnapshotService}): every rep on a team, their deals as the dated history has them on that day, and their
 * four numbers for this and next month and this and next quarter. The same rules for today and for a day back (demo
 * data), so a snapshot's numbers are what the numbers page showed that day.
 */
@Component
class SnapshotFreezer {

    private final ForecastSnapshotRepository snapshots;
    private final SnapshotNumbersRepository numbers;
    private final SnapshotDealRepository deals;
    private final DealHistoryService history;
    private final OrganisationService organisation;
    private final QuotaRepository quotas;
    private final ForecastCallRepository calls;
    private final ForecastAdjustmentRepository adjustments;
    private final Periods periods;
    private final BusinessCalendar calendar;
    private final Clock clock;

    SnapshotFreezer(ForecastSnapshotRepository snapshots, SnapshotNumbersRepository numbers,
                    SnapshotDealRepository deals, DealHistoryService history, OrganisationService organisation,
                    QuotaRepository quotas, ForecastCallRepository calls, ForecastAdjustmentRepository adjustments,
                    Periods periods, BusinessCalendar calendar, Clock clock) {
        this.snapshots = snapshots;
        this.numbers = numbers;
        this.deals = deals;
        this.history = history;
        this.organisation = organisation;
        this.quotas = quotas;
        this.calls = calls;
        this.adjustments = adjustments;
        this.periods = periods;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The week's snapshot as of {@code day}, replacing the week's earlier one (its rows go, its id stays). */
    ForecastSnapshot freeze(LocalDate day, @Nullable Long takenBy) {
        Period quarter = periods.containing(PeriodKind.QUARTER, day);
        ForecastSnapshot snapshot = snapshots.findByWeekStart(calendar.weekStart(day))
                .orElseGet(() -> new ForecastSnapshot(calendar.weekStart(day)));
        if (snapshot.getId() != null) {
            numbers.deleteBySnapshot(snapshot.getId());
            deals.deleteBySnapshot(snapshot.getId());
        }
        snapshot.taken(day, quarter.key(), clock.instant(), takenBy);
        long id = snapshots.saveAndFlush(snapshot).requireId();
        Set<Long> reps = reps(organisation.tree());
        if (reps.isEmpty()) {
            return snapshot;
        }
        List<DealState> states = history.statesOn(day, reps, quarter.start());
        deals.saveAll(states.stream().map(state -> new SnapshotDealRow(id, state)).toList());
        Map<Long, List<DealState>> byRep = states.stream().collect(Collectors.groupingBy(DealState::ownerId));
        Period month = periods.containing(PeriodKind.MONTH, day);
        for (Period period : List.of(month, periods.next(month), quarter, periods.next(quarter))) {
            Map<Long, Quota> repQuotas = ForecastService.byId(
                    quotas.findByFiscalYearAndUserIdIn(period.fiscalYear(), reps), Quota::getUserId);
            Map<Long, ForecastCall> repCalls = ForecastService.byId(
                    calls.findByPeriodKeyAndUserIdIn(period.key(), reps), ForecastCall::getUserId);
            Map<Long, ForecastAdjustment> repAdjustments = ForecastService.byId(
                    adjustments.findByPeriodKeyAndUserIdIn(period.key(), reps), ForecastAdjustment::getUserId);
            numbers.saveAll(reps.stream().map(rep -> {
                OwnerFigures figures = SnapshotFigures.of(rep, byRep.getOrDefault(rep, List.of()), period);
                Quota quota = repQuotas.get(rep);
                BigDecimal quotaAmount = quota == null ? BigDecimal.ZERO : quota.sumOf(period.fiscalMonths());
                RepNumbers frozen = RepNumbersFactory.of(rep, "", quotaAmount, figures, repCalls.get(rep),
                        repAdjustments.get(rep));
                return new SnapshotNumbersRow(id, rep, period.key(), frozen.numbers());
            }).toList());
        }
        return snapshot;
    }

    /** Everyone whose numbers the company's forecast adds up: the people on the teams. */
    static Set<Long> reps(OrgTree tree) {
        Set<Long> reps = new LinkedHashSet<>();
        for (OrgUnitSummary root : tree.roots()) {
            reps.addAll(RollUp.repsUnder(tree, root.id()));
        }
        return reps;
    }
}
