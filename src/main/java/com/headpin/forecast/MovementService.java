package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.forecast.internal.SnapshotDealRepository;
import com.headpin.forecast.internal.SnapshotDealRow;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Movement of the commitment between two weekly snapshots ({@link MovementCalculator}) for a rep, team, region or
 * the company, as far as the caller's forecast reaches (the four numbers' audience: a rep their own and their
 * team's totals, a director their subtree, an administrator everything); every deal list only with the deals the
 * caller may open.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MovementService {

    private final SnapshotService snapshots;
    private final SnapshotDealRepository deals;
    private final DealService dealService;
    private final OrganisationService organisation;
    private final UserAccountService users;
    private final CurrentUser currentUser;

    MovementService(SnapshotService snapshots, SnapshotDealRepository deals, DealService dealService,
                    OrganisationService organisation, UserAccountService users, CurrentUser currentUser) {
        this.snapshots = snapshots;
        this.deals = deals;
        this.dealService = dealService;
        this.organisation = organisation;
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Whose movement the caller may look at: units in tree order, then reps by name. Empty for a resource. */
    public List<MovementScope> scopes() {
        OrgTree tree = organisation.tree();
        ForecastAudience audience = ForecastAudience.of(currentUser, tree);
        List<MovementScope> scopes = new ArrayList<>();
        audience.units().forEach((unit, depth) -> scopes.add(MovementScope.unit(unit.id(), unit.name(), depth)));
        users.findAll(audience.rowRepIds()).stream().sorted(Comparator.comparing(UserSummary::fullName))
                .forEach(rep -> scopes.add(MovementScope.rep(rep.id(), rep.fullName())));
        return scopes;
    }

    /**
     * The scope's movement between two snapshots (in either order: the earlier is the start), for the quarter of the
     * later one; empty when a snapshot is missing or the scope is outside the caller's forecast.
     */
    public Optional<Movement> movement(long fromSnapshotId, long toSnapshotId, MovementScope scope) {
        Map<Long, SnapshotSummary> all = snapshots.snapshots().stream()
                .collect(Collectors.toMap(SnapshotSummary::id, s -> s));
        SnapshotSummary a = all.get(fromSnapshotId);
        SnapshotSummary b = all.get(toSnapshotId);
        if (a == null || b == null) {
            return Optional.empty();
        }
        SnapshotSummary from = a.weekStart().isAfter(b.weekStart()) ? b : a;
        SnapshotSummary to = from == a ? b : a;
        OrgTree tree = organisation.tree();
        ForecastAudience audience = ForecastAudience.of(currentUser, tree);
        Set<Long> reps;
        MovementScope shown;
        if (scope.repId() != null && audience.rowRepIds().contains(scope.repId())) {
            reps = Set.of(scope.repId());
            shown = MovementScope.rep(scope.repId(), users.find(scope.repId()).map(UserSummary::fullName).orElse(""));
        } else if (scope.unitId() != null && audience.units().keySet().stream()
                .anyMatch(unit -> unit.id() == scope.unitId())) {
            reps = RollUp.repsUnder(tree, scope.unitId());
            shown = audience.units().entrySet().stream().filter(e -> e.getKey().id() == scope.unitId())
                    .map(e -> MovementScope.unit(e.getKey().id(), e.getKey().name(), e.getValue()))
                    .findFirst().orElseThrow();
        } else {
            return Optional.empty();
        }
        Period period = to.quarter();
        Waterfall waterfall = MovementCalculator.of(period, frozen(from.id(), reps), frozen(to.id(), reps));
        Set<Long> moved = waterfall.steps().values().stream().flatMap(List::stream).map(DealMove::dealId)
                .collect(Collectors.toSet());
        Set<Long> visible = dealService.summaries(moved).stream().map(DealSummary::id).collect(Collectors.toSet());
        Map<MovementStep, BigDecimal> totals = new EnumMap<>(MovementStep.class);
        Map<MovementStep, List<DealMove>> lists = new EnumMap<>(MovementStep.class);
        Map<MovementStep, Integer> hidden = new EnumMap<>(MovementStep.class);
        for (MovementStep step : MovementStep.values()) {
            totals.put(step, waterfall.total(step));
            List<DealMove> shownDeals = waterfall.deals(step).stream().filter(m -> visible.contains(m.dealId()))
                    .toList();
            lists.put(step, shownDeals);
            hidden.put(step, waterfall.deals(step).size() - shownDeals.size());
        }
        Set<Long> owners = lists.values().stream().flatMap(List::stream).map(DealMove::repId)
                .collect(Collectors.toSet());
        Map<Long, String> names = users.findAll(owners).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        return Optional.of(new Movement(period, from, to, shown, waterfall.start(), waterfall.end(), totals, lists,
                hidden, names));
    }

    private List<FrozenDeal> frozen(long snapshotId, Set<Long> reps) {
        return reps.isEmpty() ? List.of()
                : deals.findBySnapshotIdAndRepIdIn(snapshotId, reps).stream().map(SnapshotDealRow::toFrozen).toList();
    }
}
