package com.headpin.forecast.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.forecast.MeetingMinutes;
import com.headpin.forecast.Periods;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.workspace.HomeWidget;
import com.vaadin.flow.component.Component;

/** "My action items from forecast meetings" on the home view of those who have open ones. */
@org.springframework.stereotype.Component
class MeetingActionsWidget implements HomeWidget {

    private final MeetingMinutes minutes;
    private final Periods periods;
    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;

    MeetingActionsWidget(MeetingMinutes minutes, Periods periods, LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.minutes = minutes;
        this.periods = periods;
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 58;
    }

    @Override
    public boolean visibleToCurrentUser() {
        return currentUser.hasAny(Role.REP, Role.DIRECTOR, Role.ADMIN) && !minutes.mine().isEmpty();
    }

    @Override
    public Component create() {
        return new MeetingActionsCard(minutes, periods, liveUpdates);
    }
}
