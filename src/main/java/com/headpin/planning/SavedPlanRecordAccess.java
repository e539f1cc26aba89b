package com.headpin.planning;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.RecordAccess;
import com.headpin.organisation.Visibility;
import com.headpin.planning.internal.SavedPlanRepository;
import com.headpin.planning.internal.SavedSalesPlan;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A saved plan is the rep's: seen by the rep, the directors above the rep and administrators (a record placed by
 * its owner alone), and shown on the planner.
 */
@Component
class SavedPlanRecordAccess implements RecordAccess {

    private final SavedPlanRepository plans;
    private final Visibility visibility;
    private final UserAccountService users;
    private final HeadpinI18NProvider i18n;

    SavedPlanRecordAccess(SavedPlanRepository plans, Visibility visibility, UserAccountService users,
                          HeadpinI18NProvider i18n) {
        this.plans = plans;
        this.visibility = visibility;
        this.users = users;
        this.i18n = i18n;
    }

    @Override
    public RecordType recordType() {
        return PlanningTopics.SALES_PLAN;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canSee(long planId) {
        return visible(planId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(long planId) {
        return visible(planId).map(plan -> visibility.whoCanSee(users.activeUsers(), plan.getRepId(), null, null)
                .stream().map(u -> new Mentionable(u.id(), u.username(), u.fullName())).toList()).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public String link(long planId) {
        return visible(planId).map(plan -> SavedPlanService.link(plan.getRepId(), plan.getPlanYear())).orElse("");
    }

    @Override
    @Transactional(readOnly = true)
    public String name(long planId, Locale locale) {
        return visible(planId).map(plan -> i18n.getTranslation("planning.saved.name", locale,
                users.find(plan.getRepId()).map(UserSummary::fullName).orElse("?"), plan.getPlanYear())).orElse("");
    }

    private Optional<SavedSalesPlan> visible(long planId) {
        return plans.findById(planId).filter(plan -> visibility.current().canSee(plan.getRepId(), null, null));
    }
}
