package com.headpin.accounts.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.accounts.ContactService;
import com.headpin.shared.SearchText;
import com.headpin.workspace.SearchHit;
import com.headpin.workspace.SearchSource;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;

/** Contacts in the top bar's search, with their account and title; they open on their account's page. */
@Component
class ContactSearchSource implements SearchSource {

    private final ContactService contacts;

    ContactSearchSource(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public String kindKey() {
        return "account.tab.contacts";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.USER_CARD;
    }

    @Override
    public List<SearchHit> find(SearchText text, int limit, Locale locale) {
        return contacts.search(text.text(), limit).stream().map(contact -> new SearchHit(contact.name(),
                contact.title() == null ? contact.accountName() : contact.accountName() + " · " + contact.title(),
                "accounts/" + contact.accountId())).toList();
    }
}
