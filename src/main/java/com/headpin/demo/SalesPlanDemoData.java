package com.headpin.demo;

import java.math.BigDecimal;

import com.headpin.planning.PlanRequest;
import com.headpin.planning.PlanningService;
import com.headpin.planning.SavedPlan;
import com.headpin.planning.SavedPlanService;
import com.headpin.shared.BusinessCalendar;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Saved sales plans for the planner's year (next year, which the planner opens on): 张敏's approved (so it shows in
 * the resource demand), 刘洋's submitted (waiting on the Banking team's manager and the directors' home), Emma
 * Clarke's a draft. The quota is Forecast's where it has one for that year, else typed; the average deal is the
 * rep's won deals' where there are any. After the quotas (400) and the resources (500).
 */
@Component
class SalesPlanDemoData implements DemoData {

    private final OrganisationDemoData organisation;
    private final PlanningService planning;
    private final SavedPlanService plans;
    private final BusinessCalendar calendar;
    private final UserDetailsService userDetails;

    SalesPlanDemoData(OrganisationDemoData organisation, PlanningService planning, SavedPlanService plans,
                      BusinessCalendar calendar, UserDetailsService userDetails) {
        this.userDetails = userDetails;
        this.organisation = organisation;
        this.planning = planning;
        this.plans = plans;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 610;
    }

    @Override
    public String name() {
        return "sales plans";
    }

    @Override
    public boolean present() {
        return asDemoAdmin(() -> plans.find(organisation.directory().user("rep3"), year()).isPresent());
    }

    @Override
    public void seed() {
        asDemoAdmin(() -> {
            seedPlans();
            return null;
        });
    }

    /**
     * As the demo administrator 赵立新, not the start-up's system principal: a plan records who submitted and who
     * approved it (users that exist), and the planner lists reps starting with the caller.
     */
    private <T> T asDemoAdmin(java.util.function.Supplier<T> work) {
        org.springframework.security.core.userdetails.UserDetails admin = userDetails.loadUserByUsername("admin");
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void seedPlans() {
        OrganisationDemoData.Directory demo = organisation.directory();
        SavedPlan approved = create(demo.user("rep"), "6000000", "1000000");
        approved = plans.submit(approved.id(), approved.version());
        plans.approve(approved.id(), approved.version());
        SavedPlan submitted = create(demo.user("rep2"), "4000000", "800000");
        plans.submit(submitted.id(), submitted.version());
        create(demo.user("rep3"), "5000000", "1000000");
    }

    private SavedPlan create(long repId, String quota, String averageDeal) {
        PlanRequest draft = planning.draft(repId, year()).request();
        return plans.create(repId, new PlanRequest(draft.planYear(),
                draft.quota() != null ? draft.quota() : new BigDecimal(quota),
                draft.averageDeal() != null ? draft.averageDeal() : new BigDecimal(averageDeal), draft.closeFrom(),
                draft.closeTo(), draft.buffer(), draft.seminarsPerWeek(), draft.travelDaysPerTrip()));
    }

    /** The year the planner opens on. */
    private int year() {
        return calendar.today().getYear() + 1;
    }
}
