package com.headpin.planning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.headpin.deals.DealRole;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.planning.internal.SavedPlanRepository;
import com.headpin.planning.internal.SavedSalesPlan;
import com.headpin.resources.Demand;
import com.headpin.resources.DemandSource;
import com.headpin.resources.ResourceType;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Demand from the approved sales plans the caller may see (the reps' own, those of the reps a director manages, all
 * for an administrator): each plan worked backwards again as approved (nothing planned before the day it was
 * approved), its effort per role and month mapped to the type that does it.
 * <p>
 * What the numbers are: the effort of <em>every</em> prospect the rep's whole quota needs (9 seminars, 6 executive
 * meetings … per deal), not only of deals not yet in the funnel. The planner does not know which of its planned
 * prospects are the rep's open deals, so where the funnel already holds them their effort is also in the open deals'
 * demand ({@code resources.internal.DealStageDemand}): for months the funnel covers, the two sources overlap and
 * their sum is an upper bound; for later months (next year's seminars and meetings) the plan is the only source.
 * Drafts, submitted, returned and reopened plans add nothing: only a director's approval commits the capacity.
 */
@Component
class ApprovedPlanDemand implements DemandSource {

    private final SavedPlanRepository plans;
    private final PlanCalculator calculator;
    private final UserAccountService users;
    private final Visibility visibility;
    private final BusinessCalendar calendar;

    ApprovedPlanDemand(SavedPlanRepository plans, PlanCalculator calculator, UserAccountService users,
                       Visibility visibility, BusinessCalendar calendar) {
        this.plans = plans;
        this.calculator = calculator;
        this.users = users;
        this.visibility = visibility;
        this.calendar = calendar;
    }

    @Override
    public String labelKey() {
        return "planning.demand.source";
    }

    @Override
    public List<Demand> demand(YearMonth from, YearMonth to) {
        VisibilityScope scope = visibility.current();
        // A plan's seminars start months before its year: next year's plans reach back into this one.
        List<Integer> years = IntStream.rangeClosed(from.getYear(), to.getYear() + 1).boxed().toList();
        List<SavedSalesPlan> approved = plans.findByStatusAndPlanYearIn(SalesPlanStatus.APPROVED, years).stream()
                .filter(p -> scope.canSee(p.getRepId(), null, null)).toList();
        if (approved.isEmpty()) {
            return List.of();
        }
        Map<Long, UserSummary> reps = users.findAll(approved.stream().map(SavedSalesPlan::getRepId).toList())
                .stream().collect(Collectors.toMap(UserSummary::id, u -> u));
        Map<ResourceType, Map<YearMonth, BigDecimal>> days = new EnumMap<>(ResourceType.class);
        for (SavedSalesPlan plan : approved) {
            UserSummary rep = reps.get(plan.getRepId());
            if (rep == null) {
                continue;
            }
            SalesPlan computed = calculator.compute(rep, plan.request(), plan.getApprovedAt() == null
                    ? calendar.today() : calendar.dateOf(plan.getApprovedAt())).plan();
            for (PlanMonth month : computed.months()) {
                if (month.month().isBefore(from) || month.month().isAfter(to)) {
                    continue;
                }
                for (DealRole role : DealRole.values()) {
                    BigDecimal effort = month.effort(role);
                    if (effort.signum() > 0) {
                        ResourceType.doer(role).ifPresent(type -> days.computeIfAbsent(type, t -> new TreeMap<>())
                                .merge(month.month(), effort, BigDecimal::add));
                    }
                }
            }
        }
        List<Demand> demand = new ArrayList<>();
        days.forEach((type, months) -> months.forEach((month, d) -> demand.add(new Demand(type, month, d))));
        return demand;
    }
}
