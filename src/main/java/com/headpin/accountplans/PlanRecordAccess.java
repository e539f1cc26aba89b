package com.headpin.accountplans;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accountplans.internal.AccountPlanRepository;
import com.headpin.accounts.AccountRecordAccess;
import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.RecordAccess;
import com.headpin.shared.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A plan is seen by whoever may see its account, and shown on the account's page. */
@Component
class PlanRecordAccess implements RecordAccess {

    private final AccountPlanRepository plans;
    private final AccountRecordAccess accounts;

    PlanRecordAccess(AccountPlanRepository plans, AccountRecordAccess accounts) {
        this.plans = plans;
        this.accounts = accounts;
    }

    @Override
    public RecordType recordType() {
        return PlanTopics.PLAN;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canSee(long planId) {
        return accountOf(planId).map(accounts::canSee).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(long planId) {
        return accountOf(planId).map(accounts::mentionable).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public String link(long planId) {
        return accountOf(planId).map(accounts::link).orElse("");
    }

    /** A plan is its account's: the notification names the account whose page shows the plan. */
    @Override
    @Transactional(readOnly = true)
    public String name(long planId, Locale locale) {
        return accountOf(planId).map(account -> accounts.name(account, locale)).orElse("");
    }

    private Optional<Long> accountOf(long planId) {
        return plans.findById(planId).map(AccountPlan::getAccountId);
    }
}
