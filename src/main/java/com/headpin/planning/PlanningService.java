package com.headpin.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.planning.internal.PlanRules;
import com.headpin.planning.internal.ProgressCheck;
import com.headpin.security.Editors;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backward plans for reps: a rep plans for themself, a director for the reps they manage, an administrator for any
 * rep. Numbers come from their one source each: ratios, durations and effort from the sales process, blackouts from
 * the company calendar, the quota from [Forecast] ({@link QuotaSource}) when it has one, the average deal from the
 * rep's won deals, the funnel from the rep's deals the caller may see.
 */
@Service
@Transactional(readOnly = true)
public class PlanningService {

    /** How many of a rep's deals are read for the average and the funnel; a rep has far fewer. */
    static final int MAX_DEALS_READ = 2000;

    private final DealService deals;
    private final PlanCalculator calculator;
    private final UserAccountService users;
    private final Visibility visibility;
    private final BusinessCalendar businessCalendar;
    private final List<QuotaSource> quotaSources;

    PlanningService(DealService deals, PlanCalculator calculator, UserAccountService users, Visibility visibility,
                    BusinessCalendar businessCalendar, List<QuotaSource> quotaSources) {
        this.deals = deals;
        this.calculator = calculator;
        this.users = users;
        this.visibility = visibility;
        this.businessCalendar = businessCalendar;
        this.quotaSources = quotaSources;
    }

    /** The reps whose plans the caller works on, by name: themself if a rep, the reps they manage, or all. */
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> plannable() {
        VisibilityScope scope = visibility.current();
        UserSummary me = users.me();
        List<UserSummary> people = scope.all() ? users.activeUsers()
                : Stream.concat(Stream.of(me), users.findAll(scope.managedPeopleIdsForQuery()).stream()).toList();
        return people.stream().filter(u -> u.enabled() && u.has(Role.REP)).distinct()
                .sorted(Comparator.comparing((UserSummary u) -> u.id() != me.id())
                        .thenComparing(UserSummary::fullName)).toList();
    }

    /** Where a plan for the rep and year starts: the method's defaults, the quota and the won deals' average. */
    @Editors
    public PlanDraft draft(long repId, int planYear) {
        UserSummary rep = requirePlannable(repId);
        PlanRules.checkYear(planYear);
        Optional<BigDecimal> quota = quotaSources.stream().map(s -> s.quota(rep.id(), planYear))
                .flatMap(Optional::stream).findFirst();
        List<DealSummary> won = dealsOf(rep.id(), DealOutcome.WON);
        return new PlanDraft(defaults(planYear, quota.orElse(null), average(won)), quota.isPresent(), won.size());
    }

    /** The method's defaults for a year with this quota and average deal. */
    static PlanRequest defaults(int planYear, @Nullable BigDecimal quota, @Nullable BigDecimal averageDeal) {
        return new PlanRequest(planYear, quota, averageDeal, YearMonth.of(planYear, PlanInputs.CLOSE_FROM),
                YearMonth.of(planYear, PlanInputs.CLOSE_TO), YearMonth.of(planYear, PlanInputs.BUFFER),
                PlanInputs.SEMINARS_PER_WEEK, PlanInputs.TRAVEL_DAYS_PER_TRIP);
    }

    /** The average amount of these won deals; null when there are none. */
    static @Nullable BigDecimal average(List<DealSummary> won) {
        return won.isEmpty() ? null : won.stream().map(DealSummary::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(won.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The rep's plan from the request, laid over the rep's real funnel. Bad fields are refused at the field; odd but
     * readable inputs (a quota of 0, a window too short) give a plan with notes that explain them.
     */
    @Editors
    public PlanResult plan(long repId, PlanRequest request) {
        UserSummary rep = requirePlannable(repId);
        PlanCalculator.Computed computed = calculator.compute(rep, request);
        SalesPlan plan = computed.plan();
        int year = request.planYear();
        LocalDate today = businessCalendar.today();
        List<FunnelDeal> funnel = funnel(dealsOf(rep.id(), DealOutcome.OPEN), dealsOf(rep.id(), DealOutcome.WON),
                year);
        List<PlanNote> notes = new ArrayList<>(plan.notes());
        if (rep.city() == null && !plan.blocked()) {
            notes.add(PlanNote.warning("planning.note.no-city"));
        }
        return new PlanResult(plan, ProgressCheck.check(plan, funnel, today), computed.blackouts(),
                computed.nonLocalPercent(), 1, notes);
    }

    /** The open deals and the deals won in the plan year, as the plan is checked against them. */
    static List<FunnelDeal> funnel(List<DealSummary> open, List<DealSummary> won, int year) {
        List<FunnelDeal> funnel = new ArrayList<>();
        open.forEach(d -> funnel.add(new FunnelDeal(d.stage(), false, d.expectedClose())));
        won.stream().filter(d -> d.expectedClose().getYear() == year)
                .forEach(d -> funnel.add(new FunnelDeal(d.stage(), true, d.expectedClose())));
        return funnel;
    }

    /** The rep if the caller plans for them (themself, a rep they manage, any rep for an administrator). */
    UserSummary requirePlannable(long repId) {
        return plannable().stream().filter(u -> u.id() == repId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("rep", "planning.rep.not-found"));
    }

    /** The rep's deals with this outcome that the caller may see. */
    List<DealSummary> dealsOf(long repId, DealOutcome outcome) {
        return deals.page(new DealFilter("", repId, null, null, outcome), PageRequest.of(0, MAX_DEALS_READ))
                .getContent();
    }

}
