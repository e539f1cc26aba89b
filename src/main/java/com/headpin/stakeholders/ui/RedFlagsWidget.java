package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.stakeholders.RedFlagService;
import com.headpin.workspace.HomeWidget;
import com.vaadin.flow.component.Component;

/** "Red flags on my deals" on the home view of reps, managers and directors (those who own or lead deals). */
@org.springframework.stereotype.Component
class RedFlagsWidget implements HomeWidget {

    private final RedFlagService flags;
    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;

    RedFlagsWidget(RedFlagService flags, LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.flags = flags;
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public boolean visibleToCurrentUser() {
        return currentUser.hasAny(Role.REP, Role.DIRECTOR);
    }

    @Override
    public Component create() {
        return new RedFlagsCard(flags, liveUpdates);
    }
}
