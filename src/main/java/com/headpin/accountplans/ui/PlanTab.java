package com.headpin.accountplans.ui;

import com.headpin.accounts.AccountTab;
import com.vaadin.flow.component.Component;

/** The plan tab of an account's page. */
@org.springframework.stereotype.Component
class PlanTab implements AccountTab {

    private final PlanServices services;

    PlanTab(PlanServices services) {
        this.services = services;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String labelKey() {
        return "account.tab.plan";
    }

    @Override
    public Component create(long accountId) {
        return new AccountPlanPanel(services, accountId);
    }
}
