package com.headpin.accounts.ui;

import com.headpin.accounts.ContactService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.security.UserAccountService;
import com.vaadin.flow.component.Component;

/** Builds the contacts tab of an account. */
@org.springframework.stereotype.Component
class ContactsPanelFactory {

    private final ContactService contacts;
    private final UserAccountService users;
    private final LiveUpdates liveUpdates;

    ContactsPanelFactory(ContactService contacts, UserAccountService users, LiveUpdates liveUpdates) {
        this.contacts = contacts;
        this.users = users;
        this.liveUpdates = liveUpdates;
    }

    Component create(long accountId) {
        return new ContactsPanel(contacts, users, liveUpdates, accountId);
    }
}
