package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealPanel;
import com.headpin.security.CurrentUser;
import com.headpin.shared.BusinessCalendar;
import com.headpin.stakeholders.RedFlagService;
import com.vaadin.flow.component.Component;

/** The deal page's "Red flags and strengths" section. */
@org.springframework.stereotype.Component
class RedFlagsPanel implements DealPanel {

    private final RedFlagService flags;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;

    RedFlagsPanel(RedFlagService flags, LiveUpdates liveUpdates, LiveForms liveForms, CurrentUser currentUser,
                  BusinessCalendar calendar) {
        this.flags = flags;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @Override
    public Slot slot() {
        return Slot.SECTION;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "redflag.section";
    }

    @Override
    public Component create(long dealId) {
        return new RedFlagsSection(flags, liveUpdates, liveForms, currentUser, calendar, dealId);
    }
}
