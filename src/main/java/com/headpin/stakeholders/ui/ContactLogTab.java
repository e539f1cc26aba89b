package com.headpin.stakeholders.ui;

import com.headpin.accounts.AccountTab;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.CurrentUser;
import com.headpin.stakeholders.ContactLogService;
import com.vaadin.flow.component.Component;

/** The account page's "Contact log" tab: all the account's entries (each with its deal) and logging a contact. */
@org.springframework.stereotype.Component
class ContactLogTab implements AccountTab {

    private final ContactLogService log;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final CurrentUser currentUser;

    ContactLogTab(ContactLogService log, LiveUpdates liveUpdates, LiveForms liveForms, CurrentUser currentUser) {
        this.log = log;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.currentUser = currentUser;
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
    public Component create(long accountId) {
        return new ContactLogList(log, liveUpdates, liveForms, currentUser, accountId, null);
    }
}
