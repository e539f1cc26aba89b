package com.headpin.planning.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.planning.SavedPlanService;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.workspace.HomeWidget;
import com.vaadin.flow.component.Component;

/** "Sales plans waiting for your approval" on the home view of directors and administrators. */
@org.springframework.stereotype.Component
class PlanApprovalWidget implements HomeWidget {

    private final SavedPlanService plans;
    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;

    PlanApprovalWidget(SavedPlanService plans, LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.plans = plans;
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        // Next to the account plans waiting for review (57).
        return 58;
    }

    @Override
    public boolean visibleToCurrentUser() {
        return currentUser.hasAny(Role.DIRECTOR, Role.ADMIN);
    }

    @Override
    public Component create() {
        return new PlanApprovalCard(plans, liveUpdates);
    }
}
