package com.headpin.accountplans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accountplans.internal.AccountPlanRepository;
import com.headpin.accountplans.internal.PlanAction;
import com.headpin.accountplans.internal.PlanActionRepository;
import com.headpin.accounts.AccountService;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BusinessCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits on a director (or administrator) across their part of the company: plans submitted for their review
 * (of accounts they manage, oldest request first) and their people's overdue plan actions (owned by someone in a
 * unit they manage, on an account they see). Submitting and reviewing: {@link AccountPlanService}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
public class PlanReviewService {

    private final AccountPlanRepository plans;
    private final PlanActionRepository actions;
    private final AccountService accounts;
    private final Visibility visibility;
    private final UserAccountService users;
    private final BusinessCalendar calendar;

    PlanReviewService(AccountPlanRepository plans, PlanActionRepository actions, AccountService accounts,
                      Visibility visibility, UserAccountService users, BusinessCalendar calendar) {
        this.plans = plans;
        this.actions = actions;
        this.accounts = accounts;
        this.visibility = visibility;
        this.users = users;
        this.calendar = calendar;
    }

    /** Submitted plans of the accounts the caller manages (as {@link AccountPlanService#review} would allow). */
    public List<PlanAwaitingReview> awaitingMyReview() {
        List<AccountPlan> submitted = plans.findByStatusOrderBySubmittedAtAsc(PlanStatus.SUBMITTED);
        Map<Long, String> visible = accounts.names(submitted.stream().map(AccountPlan::getAccountId).toList());
        List<AccountPlan> mine = submitted.stream().filter(p -> visible.containsKey(p.getAccountId())
                && accounts.manages(p.getAccountId())).toList();
        Map<Long, String> names = namesOf(mine.stream().map(AccountPlan::getSubmittedBy).toList());
        return mine.stream().map(p -> new PlanAwaitingReview(p.requireId(), p.getAccountId(),
                visible.get(p.getAccountId()), p.getYear(),
                p.getSubmittedBy() == null ? null : names.get(p.getSubmittedBy()),
                p.getSubmittedAt() == null ? null : calendar.dateOf(p.getSubmittedAt()))).toList();
    }

    /** Plan actions past due and not done, owned by people in the units the caller manages; the oldest first. */
    public List<OverduePlanAction> overdueActionsOfMyPeople() {
        VisibilityScope scope = visibility.current();
        List<PlanAction> overdue = actions.findByDueDateBeforeAndStatusNotOrderByDueDateAscIdAsc(calendar.today(),
                        ActionStatus.DONE).stream()
                .filter(a -> scope.all() || scope.managedPeopleIds().contains(a.getOwnerId())).toList();
        Map<Long, AccountPlan> planOf = plans.findAllById(overdue.stream().map(PlanAction::getPlanId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(AccountPlan::requireId,
                Function.identity()));
        Map<Long, String> visible = accounts.names(planOf.values().stream().map(AccountPlan::getAccountId)
                .collect(Collectors.toSet()));
        Map<Long, String> owners = namesOf(overdue.stream().map(PlanAction::getOwnerId).toList());
        List<OverduePlanAction> rows = new ArrayList<>();
        for (PlanAction action : overdue) {
            AccountPlan plan = planOf.get(action.getPlanId());
            if (plan != null && visible.containsKey(plan.getAccountId()) && action.getDueDate() != null) {
                rows.add(new OverduePlanAction(action.requireId(), plan.requireId(), plan.getAccountId(),
                        visible.get(plan.getAccountId()), plan.getYear(), action.getTitle(),
                        owners.getOrDefault(action.getOwnerId(), "?"), action.getDueDate()));
            }
        }
        return rows;
    }

    private Map<Long, String> namesOf(Collection<Long> userIds) {
        Set<Long> ids = userIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : users.findAll(ids).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
    }
}
