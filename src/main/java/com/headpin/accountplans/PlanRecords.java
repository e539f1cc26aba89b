package com.headpin.accountplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accountplans.internal.AccountPlanRepository;
import com.headpin.accountplans.internal.PlanAction;
import com.headpin.accountplans.internal.PlanActionRepository;
import com.headpin.accountplans.internal.PlanGoal;
import com.headpin.accountplans.internal.PlanGoalRepository;
import com.headpin.accountplans.internal.PlanRelationship;
import com.headpin.accountplans.internal.PlanRelationshipRepository;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the plan services share: loading a plan the caller may see, marking it changed, announcing the change and
 * building its details. Runs inside the calling service's transaction.
 */
@Component
class PlanRecords {

    private final AccountPlanRepository plans;
    private final PlanGoalRepository goals;
    private final PlanActionRepository actions;
    private final PlanRelationshipRepository relationships;
    private final AccountService accounts;
    private final ContactService contacts;
    private final UserAccountService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessCalendar calendar;

    PlanRecords(AccountPlanRepository plans, PlanGoalRepository goals, PlanActionRepository actions,
                PlanRelationshipRepository relationships, AccountService accounts, ContactService contacts,
                UserAccountService users, ApplicationEventPublisher events, Clock clock,
                BusinessCalendar calendar) {
        this.plans = plans;
        this.goals = goals;
        this.actions = actions;
        this.relationships = relationships;
        this.accounts = accounts;
        this.contacts = contacts;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.calendar = calendar;
    }

    void touch(AccountPlan plan, String field) {
        plan.changed(clock.instant());
        plans.saveAndFlush(plan);
        announce(plan, Set.of(field, "status"));
    }

    /** A plan of a visible account; a missing one and one of an account the caller cannot see answer alike. */
    AccountPlan load(long planId) {
        return plans.findById(planId).filter(plan -> accounts.ref(plan.getAccountId()).isPresent())
                .orElseThrow(() -> InvalidInputException.of("plan", "plan.not-found"));
    }

    AccountPlan loadVersion(long planId, long version) {
        AccountPlan plan = load(planId);
        plan.checkVersion(version);
        return plan;
    }

    PlanDetails details(AccountPlan plan) {
        long planId = plan.requireId();
        List<PlanAction> planActions = actions.findByPlanIdOrderByDueDateAscIdAsc(planId);
        List<PlanRelationship> planRelationships = relationships.findByPlanIdOrderByIdAsc(planId);
        Set<Long> userIds = new HashSet<>();
        planActions.forEach(a -> userIds.add(a.getOwnerId()));
        planRelationships.forEach(r -> userIds.add(r.getDeveloperId()));
        if (plan.getReviewedBy() != null) {
            userIds.add(plan.getReviewedBy());
        }
        if (plan.getSubmittedBy() != null) {
            userIds.add(plan.getSubmittedBy());
        }
        Map<Long, String> names = users.findAll(userIds).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        Map<Long, String> contactNames = contacts.list(plan.getAccountId()).stream()
                .collect(Collectors.toMap(ContactDetails::id, ContactDetails::name));
        LocalDate today = calendar.today();
        return new PlanDetails(planId, plan.getVersion(), plan.getAccountId(), plan.getYear(), plan.getStatus(),
                plan.getReviewedBy() == null ? null : names.get(plan.getReviewedBy()), plan.getReviewedAt(),
                plan.getSubmittedBy() == null ? null : names.get(plan.getSubmittedBy()), plan.getSubmittedAt(),
                plan.narrative(), List.copyOf(plan.getOfferings()), List.copyOf(plan.getBusinessUnits()),
                Set.copyOf(plan.getCells()),
                goals.findByPlanIdOrderByDueDateAscIdAsc(planId).stream().map(PlanGoal::toRow).toList(),
                planActions.stream().map(a -> a.toRow(names.getOrDefault(a.getOwnerId(), "?"), today)).toList(),
                planRelationships.stream().map(r -> r.toRow(contactNames.getOrDefault(r.getContactId(), "?"),
                        names.getOrDefault(r.getDeveloperId(), "?"))).toList());
    }

    void announce(AccountPlan plan, Set<String> fields) {
        events.publishEvent(RecordChanged.of(PlanTopics.PLAN, plan.requireId(), fields,
                PlanTopics.ofAccount(plan.getAccountId()), PlanTopics.ANY));
    }
}
