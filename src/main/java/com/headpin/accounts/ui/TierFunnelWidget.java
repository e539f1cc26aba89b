package com.headpin.accounts.ui;

import com.headpin.accounts.AccountStatistics;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.workspace.HomeWidget;
import com.vaadin.flow.component.Component;

/** Puts the accounts-by-tier-and-funnel chart on everyone's home view; each sees the accounts they may see. */
@org.springframework.stereotype.Component
class TierFunnelWidget implements HomeWidget {

    private final AccountStatistics statistics;
    private final LiveUpdates liveUpdates;

    TierFunnelWidget(AccountStatistics statistics, LiveUpdates liveUpdates) {
        this.statistics = statistics;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create() {
        return new TierFunnelChart(statistics, liveUpdates);
    }
}
