package com.headpin.stakeholders;

import java.util.List;
import java.util.Set;

import com.headpin.accounts.ContactDeleted;
import com.headpin.accounts.ContactLinks;
import com.headpin.stakeholders.internal.ContactLogEntry;
import com.headpin.stakeholders.internal.ContactLogRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The contact log's references to contacts: how many entries mention one (shown before its delete), and on the
 * delete, in the same transaction, the contact leaves those entries; an entry left without anybody we met goes.
 */
@Component
class ContactLogContacts implements ContactLinks {

    private final ContactLogRepository entries;
    private final ContactLogNews news;

    ContactLogContacts(ContactLogRepository entries, ContactLogNews news) {
        this.entries = entries;
        this.news = news;
    }

    @Override
    public List<ContactLink> linksTo(long contactId) {
        long count = entries.countMentioning(contactId);
        return count == 0 ? List.of() : List.of(new ContactLink("contact-log.contact-link", List.of(String.valueOf(count))));
    }

    @EventListener
    void on(ContactDeleted deleted) {
        for (ContactLogEntry entry : entries.findMentioning(deleted.contactId())) {
            if (entry.removeContact(deleted.contactId())) {
                entries.delete(entry);
                news.entryChanged(entry, Set.of());
            } else {
                news.entryChanged(entry, Set.of("contacts"));
            }
        }
        entries.flush();
    }
}
