package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealPanel;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.WinResultService;
import com.vaadin.flow.component.Component;

/** The deal page's "Buying influences" section: who decides, in which roles, for or against us, and who covers them. */
@org.springframework.stereotype.Component
class BuyingInfluencesPanel implements DealPanel {

    private final BuyingInfluenceService influences;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final WinResultService winResults;

    BuyingInfluencesPanel(BuyingInfluenceService influences, LiveUpdates liveUpdates, LiveForms liveForms,
                          WinResultService winResults) {
        this.winResults = winResults;
        this.influences = influences;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
    }

    @Override
    public Slot slot() {
        return Slot.SECTION;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "influence.panel";
    }

    @Override
    public Component create(long dealId) {
        return new InfluencesSection(influences, winResults, liveUpdates, liveForms, dealId);
    }
}
