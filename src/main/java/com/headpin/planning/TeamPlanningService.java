package com.headpin.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealSummary;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.organisation.Visibility;
import com.headpin.planning.internal.PlanRules;
import com.headpin.planning.internal.ProgressCheck;
import com.headpin.planning.internal.SavedPlanRepository;
import com.headpin.planning.internal.SavedSalesPlan;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backward plans for a whole team (or region, or the company): a director plans for the units they manage, an
 * administrator for any. The team's quota is its own in [Forecast], else the sum of its reps' (each rep's in
 * [Forecast], else the one in their saved plan); the average deal is that of all its reps' won deals; each rep holds
 * the seminars a week asked for; the funnel is all its reps' deals the caller may see. A team's plan is worked
 * out, not saved: each rep saves and submits their own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
public class TeamPlanningService {

    private final PlanningService planning;
    private final PlanCalculator calculator;
    private final OrganisationService organisation;
    private final UserAccountService users;
    private final Visibility visibility;
    private final SavedPlanRepository savedPlans;
    private final BusinessCalendar calendar;
    private final List<QuotaSource> quotaSources;

    TeamPlanningService(PlanningService planning, PlanCalculator calculator, OrganisationService organisation,
                        UserAccountService users, Visibility visibility, SavedPlanRepository savedPlans,
                        BusinessCalendar calendar, List<QuotaSource> quotaSources) {
        this.planning = planning;
        this.calculator = calculator;
        this.organisation = organisation;
        this.users = users;
        this.visibility = visibility;
        this.savedPlans = savedPlans;
        this.calendar = calendar;
        this.quotaSources = quotaSources;
    }

    /**
     * The units the caller plans for as one, in the organisation's order: those they manage and every unit below
     * (all units for an administrator), each with the reps on its teams the caller plans for; units without such a
     * rep are left out.
     */
    public List<PlanTeam> plannableTeams() {
        OrgTree tree = organisation.tree();
        Map<Long, UserSummary> reps = planning.plannable().stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
        Set<OrgUnitSummary> units = new LinkedHashSet<>();
        List<OrgUnitSummary> tops = visibility.current().all() ? tree.roots() : tree.managedBy(users.me().id());
        tops.forEach(top -> inOrder(tree, top, units));
        List<PlanTeam> teams = new ArrayList<>();
        for (OrgUnitSummary unit : units) {
            List<UserSummary> members = tree.subtree(unit.id()).stream().filter(u -> u.type() == UnitType.TEAM)
                    .flatMap(team -> team.memberIds().stream()).distinct().map(reps::get)
                    .filter(Objects::nonNull).sorted(Comparator.comparing(UserSummary::fullName)).toList();
            if (!members.isEmpty()) {
                teams.add(new PlanTeam(unit.id(), unit.name(), unit.type(), members));
            }
        }
        return teams;
    }

    /** Where the team's plan for the year starts. */
    public TeamDraft draft(long unitId, int planYear) {
        PlanTeam team = requireTeam(unitId);
        PlanRules.checkYear(planYear);
        QuotaSource.TeamQuotas quotas = quotas(team, planYear);
        Map<Long, BigDecimal> repQuotas = repQuotas(quotas, saved(team, planYear));
        TeamDraft.QuotaOrigin origin = quotas.unit() != null ? TeamDraft.QuotaOrigin.TEAM
                : repQuotas.isEmpty() ? TeamDraft.QuotaOrigin.NONE : TeamDraft.QuotaOrigin.REPS;
        BigDecimal quota = quotas.unit() != null ? quotas.unit() : repQuotas.isEmpty() ? null
                : repQuotas.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<DealSummary> won = team.reps().stream()
                .flatMap(rep -> planning.dealsOf(rep.id(), DealOutcome.WON).stream()).toList();
        return new TeamDraft(PlanningService.defaults(planYear, quota, PlanningService.average(won)), origin,
                repQuotas.size(), won.size());
    }

    /** Each rep's quota: theirs in [Forecast], else the one in their saved plan; reps with neither are left out. */
    private static Map<Long, BigDecimal> repQuotas(QuotaSource.TeamQuotas quotas, Map<Long, SavedSalesPlan> saved) {
        Map<Long, BigDecimal> result = new java.util.HashMap<>(quotas.reps());
        saved.forEach((repId, plan) -> {
            BigDecimal planned = plan.request().quota();
            if (planned != null && planned.signum() > 0) {
                result.putIfAbsent(repId, planned);
            }
        });
        return result;
    }

    private Map<Long, SavedSalesPlan> saved(PlanTeam team, int year) {
        return savedPlans.findByPlanYearAndRepIdIn(year, team.reps().stream().map(UserSummary::id).toList())
                .stream().collect(Collectors.toMap(SavedSalesPlan::getRepId, Function.identity()));
    }

    /**
     * The team's plan from the request, laid over all its reps' deals, with each rep's line. Bad fields are refused
     * at the field, odd inputs explained in notes, as for a rep.
     */
    public TeamPlan plan(long unitId, PlanRequest request) {
        PlanTeam team = requireTeam(unitId);
        PlanCalculator.Computed computed = calculator.compute(team.reps(), request, calendar.today());
        int year = request.planYear();
        Map<Long, SavedSalesPlan> saved = saved(team, year);
        Map<Long, BigDecimal> repQuotas = repQuotas(quotas(team, year), saved);
        List<FunnelDeal> funnel = new ArrayList<>();
        List<TeamMemberLine> members = new ArrayList<>();
        for (UserSummary rep : team.reps()) {
            List<DealSummary> open = planning.dealsOf(rep.id(), DealOutcome.OPEN);
            List<DealSummary> won = planning.dealsOf(rep.id(), DealOutcome.WON);
            funnel.addAll(PlanningService.funnel(open, won, year));
            members.add(line(rep, repQuotas.get(rep.id()), open, won, year, saved.get(rep.id())));
        }
        SalesPlan plan = computed.plan();
        List<PlanNote> notes = new ArrayList<>(plan.notes());
        List<String> withoutCity = team.reps().stream().filter(rep -> rep.city() == null)
                .map(UserSummary::fullName).toList();
        if (!withoutCity.isEmpty() && !plan.blocked()) {
            notes.add(PlanNote.warning("planning.team.note.no-city", String.join(", ", withoutCity)));
        }
        PlanResult result = new PlanResult(plan, ProgressCheck.check(plan, funnel, calendar.today()),
                computed.blackouts(), computed.nonLocalPercent(), team.reps().size(), notes);
        return new TeamPlan(team, result, members);
    }

    /** A rep's line: the average deal their saved plan works with, else that of their won deals. */
    private static TeamMemberLine line(UserSummary rep, @Nullable BigDecimal quota, List<DealSummary> open,
                                       List<DealSummary> won, int year, @Nullable SavedSalesPlan saved) {
        BigDecimal planned = saved == null ? null : saved.request().averageDeal();
        BigDecimal average = planned != null && planned.signum() > 0 ? planned : PlanningService.average(won);
        Integer needed = quota == null || average == null || average.signum() <= 0 ? null
                : quota.divide(average, 0, RoundingMode.CEILING).min(BigDecimal.valueOf(Integer.MAX_VALUE))
                .intValue();
        BigDecimal wonInYear = won.stream().filter(d -> d.expectedClose().getYear() == year)
                .map(DealSummary::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TeamMemberLine(rep.id(), rep.fullName(), quota, average, needed, wonInYear, open.size(),
                saved == null ? null : saved.getStatus());
    }

    private QuotaSource.TeamQuotas quotas(PlanTeam team, int year) {
        List<Long> ids = team.reps().stream().map(UserSummary::id).toList();
        return quotaSources.stream().map(source -> source.team(team.unitId(), ids, year))
                .filter(q -> q.unit() != null || !q.reps().isEmpty()).findFirst()
                .orElse(new QuotaSource.TeamQuotas(null, Map.of()));
    }

    private PlanTeam requireTeam(long unitId) {
        return plannableTeams().stream().filter(team -> team.unitId() == unitId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("team", "planning.team.not-found"));
    }

    /** The unit, then each child's subtree in turn: the order the organisation page shows. */
    private static void inOrder(OrgTree tree, OrgUnitSummary unit, Set<OrgUnitSummary> into) {
        if (into.add(unit)) {
            tree.children(unit.id()).forEach(child -> inOrder(tree, child, into));
        }
    }
}
