package com.headpin.accounts.ui;

import com.headpin.accounts.ContactService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.UserAccountService;
import com.vaadin.flow.component.Component;

/** Builds the contacts tab of an account. */
@org.springframework.stereotype.Component
class ContactsPanelFactory {

    private final ContactService contacts;
    private final UserAccountService users;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;

    ContactsPanelFactory(ContactService contacts, UserAccountService users, LiveUpdates liveUpdates,
                         LiveForms liveForms) {
        this.contacts = contacts;
        this.users = users;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
    }

    Component create(long accountId) {
        return new ContactsPanel(contacts, users, liveUpdates, liveForms, accountId);
    }
}
