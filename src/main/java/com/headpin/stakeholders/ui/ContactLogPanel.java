package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealPanel;
import com.headpin.deals.DealService;
import com.headpin.security.CurrentUser;
import com.headpin.stakeholders.ContactLogService;
import com.vaadin.flow.component.Component;

/** The deal page's "Contact log" tab: the deal's entries and, for editors, logging a contact. */
@org.springframework.stereotype.Component
class ContactLogPanel implements DealPanel {

    private final ContactLogService log;
    private final DealService deals;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final CurrentUser currentUser;

    ContactLogPanel(ContactLogService log, DealService deals, LiveUpdates liveUpdates, LiveForms liveForms,
                    CurrentUser currentUser) {
        this.log = log;
        this.deals = deals;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.currentUser = currentUser;
    }

    @Override
    public Slot slot() {
        return Slot.TAB;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String labelKey() {
        return "contact-log.tab";
    }

    @Override
    public Component create(long dealId) {
        long accountId = deals.find(dealId).orElseThrow().accountId();
        return new ContactLogList(log, liveUpdates, liveForms, currentUser, accountId, dealId);
    }
}
