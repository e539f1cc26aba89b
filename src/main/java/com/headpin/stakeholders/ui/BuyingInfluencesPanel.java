package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealPanel;
import com.headpin.shared.BusinessCalendar;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.vaadin.flow.component.Component;

/** The deal page's "Buying influences" section: who decides, in which roles, for or against us, and who covers them. */
@org.springframework.stereotype.Component
class BuyingInfluencesPanel implements DealPanel {

    private final BuyingInfluenceService influences;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final BusinessCalendar calendar;

    BuyingInfluencesPanel(BuyingInfluenceService influences, LiveUpdates liveUpdates, LiveForms liveForms,
                          BusinessCalendar calendar) {
        this.influences = influences;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.calendar = calendar;
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
        return new InfluencesSection(influences, liveUpdates, liveForms, calendar.today(), dealId);
    }
}
