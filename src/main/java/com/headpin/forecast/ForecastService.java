package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.deals.DealFigures;
import com.headpin.deals.DealSummary;
import com.headpin.deals.OwnerFigures;
import com.headpin.forecast.internal.ForecastAdjustment;
import com.headpin.forecast.internal.ForecastAdjustmentRepository;
import com.headpin.forecast.internal.ForecastCall;
import com.headpin.forecast.internal.ForecastCallRepository;
import com.headpin.forecast.internal.Quota;
import com.headpin.forecast.internal.QuotaRepository;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the four numbers. Everything a table needs comes in one call: a handful of statements whatever the number of
 * reps and deals (deal figures grouped in the database, quotas, calls and adjustments by period).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ForecastService {

    private final DealFigures figures;
    private final QuotaRepository quotas;
    private final ForecastCallRepository calls;
    private final ForecastAdjustmentRepository adjustments;
    private final OrganisationService organisation;
    private final UserAccountService users;
    private final CurrentUser currentUser;

    ForecastService(DealFigures figures, QuotaRepository quotas, ForecastCallRepository calls,
                    ForecastAdjustmentRepository adjustments, OrganisationService organisation,
                    UserAccountService users, CurrentUser currentUser) {
        this.figures = figures;
        this.quotas = quotas;
        this.calls = calls;
        this.adjustments = adjustments;
        this.organisation = organisation;
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The caller's four numbers for a period: every rep row and unit total they may see. */
    public ForecastTable table(Period period) {
        OrgTree tree = organisation.tree();
        return table(period, tree, ForecastAudience.of(currentUser, tree));
    }

    /**
     * The numbers of one unit and what lies below it, as far as the caller sees them (a forecast meeting's team);
     * empty rows and units for a unit outside the caller's part.
     */
    public ForecastTable table(Period period, long unitId) {
        OrgTree tree = organisation.tree();
        ForecastAudience audience = ForecastAudience.of(currentUser, tree);
        Set<Long> below = tree.subtree(unitId).stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
        boolean shown = audience.units().keySet().stream().anyMatch(unit -> unit.id() == unitId);
        if (!shown) {
            return new ForecastTable(period, List.of(), List.of(), Set.of());
        }
        Set<Long> reps = RollUp.repsUnder(tree, unitId);
        int top = audience.units().entrySet().stream().filter(e -> e.getKey().id() == unitId)
                .mapToInt(Map.Entry::getValue).findFirst().orElse(0);
        Map<OrgUnitSummary, Integer> units = new java.util.LinkedHashMap<>();
        audience.units().forEach((unit, depth) -> {
            if (below.contains(unit.id())) {
                units.put(unit, depth - top);
            }
        });
        Set<Long> rows = audience.rowRepIds().stream().filter(reps::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return table(period, tree, new ForecastAudience(units, rows, audience.managed()));
    }

    /**
     * A forecast meeting's numbers: its unit and all of its reps, whoever asks; only for {@link MeetingService},
     * which lets the meeting's people in (reps see their team-mates' rows there, as the meeting discusses them).
     */
    ForecastTable ofMeetingUnit(Period period, long unitId) {
        OrgTree tree = organisation.tree();
        return table(period, tree, ForecastAudience.ofUnit(tree, unitId));
    }

    /**
     * The deals behind a rep's or a unit's numbers for the period, as far as the caller may open them: open and
     * delayed deals expected to close in it and those signed in it.
     */
    public List<DealSummary> dealsBehind(Period period, @Nullable Long repId, @Nullable Long unitId) {
        OrgTree tree = organisation.tree();
        ForecastAudience audience = ForecastAudience.of(currentUser, tree);
        Set<Long> owners = new LinkedHashSet<>();
        if (repId != null) {
            owners.add(repId);
        }
        if (unitId != null && audience.units().keySet().stream().anyMatch(unit -> unit.id() == unitId)) {
            owners.addAll(RollUp.repsUnder(tree, unitId));
        }
        return figures.dealsIn(figures.readable(owners), period.start(), period.end());
    }

    private ForecastTable table(Period period, OrgTree tree, ForecastAudience audience) {
        // Team members who sell nothing (a consultant on a team) carry no quota and have no numbers: left out.
        List<UserSummary> people = users.findAll(audience.allReps(tree));
        Set<Long> everyone = ForecastAudience.quotaCarriers(people);
        Map<Long, OwnerFigures> byOwner = figures.byOwner(everyone, period.start(), period.end());
        Set<Long> counted = byOwner.keySet();
        boolean hasQuota = period.kind() != PeriodKind.WEEK;
        Map<Long, Quota> repQuotas = hasQuota ? byId(quotas.findByFiscalYearAndUserIdIn(period.fiscalYear(), counted),
                Quota::getUserId) : Map.of();
        Map<Long, ForecastCall> repCalls = byId(calls.findByPeriodKeyAndUserIdIn(period.key(), counted),
                ForecastCall::getUserId);
        Map<Long, ForecastAdjustment> repAdjustments = byId(
                adjustments.findByPeriodKeyAndUserIdIn(period.key(), counted), ForecastAdjustment::getUserId);
        Map<Long, String> names = people.stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        Map<Long, RepNumbers> reps = new HashMap<>();
        for (long repId : counted) {
            Quota quota = repQuotas.get(repId);
            BigDecimal quotaAmount = !hasQuota ? null
                    : quota == null ? BigDecimal.ZERO : quota.sumOf(period.fiscalMonths());
            reps.put(repId, RepNumbersFactory.of(repId, names.getOrDefault(repId, ""), quotaAmount,
                    byOwner.get(repId), repCalls.get(repId), repAdjustments.get(repId)));
        }
        Map<Long, BigDecimal> topDown = new HashMap<>();
        if (hasQuota) {
            Set<Long> unitIds = audience.units().keySet().stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
            quotas.findByFiscalYearAndUnitIdIn(period.fiscalYear(), unitIds).forEach(quota ->
                    topDown.put(quota.getUnitId(), quota.sumOf(period.fiscalMonths())));
        }
        List<UnitNumbers> units = audience.units().entrySet().stream()
                .map(e -> RollUp.unit(e.getKey(), e.getValue(), RollUp.repsUnder(tree, e.getKey().id()), reps,
                        topDown.get(e.getKey().id()), hasQuota))
                .toList();
        List<RepNumbers> rows = audience.rowRepIds().stream().map(reps::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(RepNumbers::name)).toList();
        return new ForecastTable(period, rows, units, audience.managed());
    }

    /** Items by their id (rows without one left out); the snapshot freezer keys its rows the same way. */
    static <T> Map<Long, T> byId(Collection<T> items, Function<T, @Nullable Long> id) {
        Map<Long, T> map = new HashMap<>();
        items.forEach(item -> {
            Long key = id.apply(item);
            if (key != null) {
                map.put(key, item);
            }
        });
        return map;
    }
}
