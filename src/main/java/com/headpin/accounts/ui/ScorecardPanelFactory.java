package com.headpin.accounts.ui;

import com.headpin.accounts.AccountService;
import com.headpin.accounts.ScorecardService;
import com.headpin.collaboration.LiveUpdates;
import com.vaadin.flow.component.Component;

/** Builds the scorecard tab of an account. */
@org.springframework.stereotype.Component
class ScorecardPanelFactory {

    private final ScorecardService scorecard;
    private final AccountService accounts;
    private final LiveUpdates liveUpdates;

    ScorecardPanelFactory(ScorecardService scorecard, AccountService accounts, LiveUpdates liveUpdates) {
        this.scorecard = scorecard;
        this.accounts = accounts;
        this.liveUpdates = liveUpdates;
    }

    Component create(long accountId) {
        return new ScorecardPanel(scorecard, accounts, liveUpdates, accountId);
    }
}
