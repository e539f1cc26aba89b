package com.headpin.planning;

import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.organisation.Visibility;
import com.headpin.planning.internal.SavedSalesPlan;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Tells who waits on a saved plan: a submitted plan the directors above the rep, an approved or returned one the rep.
 * Runs inside the calling service's transaction; the link opens the planner on the plan.
 */
@Component
class SavedPlanNotices {

    private final Notifier notifier;
    private final Visibility visibility;
    private final UserAccountService users;
    private final CurrentUser currentUser;

    SavedPlanNotices(Notifier notifier, Visibility visibility, UserAccountService users, CurrentUser currentUser) {
        this.notifier = notifier;
        this.visibility = visibility;
        this.users = users;
        this.currentUser = currentUser;
    }

    void submitted(SavedSalesPlan plan) {
        Set<Long> managers = visibility.whoManages(users.activeUsers(), plan.getRepId(), null, null).stream()
                .map(UserSummary::id).collect(Collectors.toSet());
        String rep = users.find(plan.getRepId()).map(UserSummary::fullName).orElse("?");
        notifier.notify(managers, about(plan, "notifications.sales-plan-submitted", rep));
    }

    void approved(SavedSalesPlan plan) {
        notifier.notify(Set.of(plan.getRepId()), about(plan, "notifications.sales-plan-approved", ""));
    }

    void returned(SavedSalesPlan plan) {
        notifier.notify(Set.of(plan.getRepId()), about(plan, "notifications.sales-plan-returned", ""));
    }

    private NotificationRequest about(SavedSalesPlan plan, String key, String rep) {
        return NotificationRequest.about(PlanningTopics.SALES_PLAN, plan.requireId(),
                SavedPlanService.link(plan.getRepId(), plan.getPlanYear()), key, currentUser.require().fullName(),
                rep, plan.getPlanYear());
    }
}
