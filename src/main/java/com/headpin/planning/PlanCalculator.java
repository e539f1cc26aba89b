package com.headpin.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.headpin.accounts.AccountStatistics;
import com.headpin.deals.SalesProcessService;
import com.headpin.planning.internal.BackwardPlanner;
import com.headpin.planning.internal.PlanRules;
import com.headpin.planning.internal.TravelShare;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Turns a request into a plan for a rep or a team: the sales process as saved, the company calendar's blackouts, the
 * share of the customers out of town, today as the earliest start. The planner page and the approved plans' demand
 * both plan this way; who may ask is their business.
 */
@Component
class PlanCalculator {

    /** A plan with what it was scheduled around. */
    record Computed(SalesPlan plan, List<CalendarOccurrence> blackouts, int nonLocalPercent) {
    }

    private final SalesProcessService process;
    private final AccountStatistics accountStatistics;
    private final CompanyCalendarService calendar;
    private final BusinessCalendar businessCalendar;

    PlanCalculator(SalesProcessService process, AccountStatistics accountStatistics, CompanyCalendarService calendar,
                   BusinessCalendar businessCalendar) {
        this.process = process;
        this.accountStatistics = accountStatistics;
        this.calendar = calendar;
        this.businessCalendar = businessCalendar;
    }

    Computed compute(UserSummary rep, PlanRequest request) {
        return compute(rep, request, businessCalendar.today());
    }

    /** As {@link #compute(UserSummary, PlanRequest)}, nothing planned before {@code earliestStart}. */
    Computed compute(UserSummary rep, PlanRequest request, LocalDate earliestStart) {
        return compute(List.of(rep), request, earliestStart);
    }

    /**
     * A plan for these reps together (a team): each holds the request's seminars a week, travel counts the share of
     * all their customers outside their own rep's city.
     */
    Computed compute(List<UserSummary> reps, PlanRequest request, LocalDate earliestStart) {
        PlanRules.check(request);
        int year = request.planYear();
        List<CalendarOccurrence> blackouts = calendar.occurrences(
                LocalDate.of(year - BackwardPlanner.YEARS_BACK - 1, 1, 1), LocalDate.of(year + 2, 12, 31))
                .stream().filter(CalendarOccurrence::blackout).toList();
        int nonLocal = TravelShare.percentOutside(reps.stream()
                .map(rep -> new TravelShare.Customers(rep.city(), accountStatistics.citiesOf(rep.id()))).toList());
        PlanInputs inputs = new PlanInputs(year, orZero(request.quota()), orZero(request.averageDeal()),
                process.current(), request.closeFrom(), request.closeTo(), request.buffer(),
                blackouts.stream().map(CalendarOccurrence::dates).toList(), request.seminarsPerWeek(), nonLocal,
                request.travelDaysPerTrip(), earliestStart, reps.size());
        return new Computed(BackwardPlanner.plan(inputs), blackouts, nonLocal);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
