package com.headpin.accountplans.ui;

import com.headpin.accountplans.PlanReviewService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.workspace.HomeWidget;
import com.vaadin.flow.component.Component;

/** "Plans waiting for your review" and "Overdue plan actions of my team" on the home view of directors and admins. */
@org.springframework.stereotype.Component
class PlanReviewWidget implements HomeWidget {

    private final PlanReviewService reviews;
    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;

    PlanReviewWidget(PlanReviewService reviews, LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.reviews = reviews;
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 57;
    }

    @Override
    public boolean visibleToCurrentUser() {
        return currentUser.hasAny(Role.DIRECTOR, Role.ADMIN);
    }

    @Override
    public Component create() {
        return new PlanReviewCard(reviews, liveUpdates);
    }
}
