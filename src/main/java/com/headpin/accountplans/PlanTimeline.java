package com.headpin.accountplans;

import java.util.List;
import java.util.Locale;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accountplans.internal.AccountPlanRepository;
import com.headpin.accounts.AccountService;
import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.RecordType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Field history of account plans on their activity timelines, for whoever may see the plan's account. */
@Component
class PlanTimeline implements TimelineSource {

    private final History history;
    private final AccountPlanRepository plans;
    private final AccountService accounts;
    private final HeadpinI18NProvider i18n;

    PlanTimeline(History history, AccountPlanRepository plans, AccountService accounts, HeadpinI18NProvider i18n) {
        this.history = history;
        this.plans = plans;
        this.accounts = accounts;
        this.i18n = i18n;
    }

    @Override
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!PlanTopics.PLAN.equals(recordType)) {
            return List.of();
        }
        // A plan of an account the caller cannot see has no history for them, like a missing plan.
        AccountPlan plan = plans.findById(recordId).filter(p -> accounts.ref(p.getAccountId()).isPresent())
                .orElse(null);
        if (plan == null) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return history.changes(AccountPlan.class, recordId, History.fields()
                .field("status", "plan.status",
                        v -> v == null ? "" : i18n.getTranslation(((PlanStatus) v).labelKey(), locale))
                .field("businessGoals", "plan.business-goals")
                .field("challenges", "plan.challenges")
                .field("strengths", "plan.strengths")
                .field("vulnerabilities", "plan.vulnerabilities")
                .field("competitors", "plan.competitors")
                .field("partners", "plan.partners")
                .field("strategies", "plan.strategies"));
    }
}
