package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.deals.DealPanel;
import com.headpin.stakeholders.WinResultService;
import com.vaadin.flow.component.Component;

/** The deal page's "Win results" tab: the team's win-results exercise. */
@org.springframework.stereotype.Component
class WinResultsPanel implements DealPanel {

    private final WinResultService results;
    private final LiveUpdates liveUpdates;
    private final Presence presence;

    WinResultsPanel(WinResultService results, LiveUpdates liveUpdates, Presence presence) {
        this.results = results;
        this.liveUpdates = liveUpdates;
        this.presence = presence;
    }

    @Override
    public Slot slot() {
        return Slot.TAB;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "win-result.tab";
    }

    @Override
    public Component create(long dealId) {
        return new WinResultsExercise(results, liveUpdates, presence, dealId);
    }
}
