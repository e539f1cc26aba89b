package com.headpin.accounts.ui;

import com.vaadin.flow.component.Component;

/** Builds the plan tab of an account. */
@org.springframework.stereotype.Component
class PlanPanelFactory {

    private final PlanServices services;

    PlanPanelFactory(PlanServices services) {
        this.services = services;
    }

    Component create(long accountId) {
        return new AccountPlanPanel(services, accountId);
    }
}
