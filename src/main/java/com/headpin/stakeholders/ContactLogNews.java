package com.headpin.stakeholders;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import com.headpin.accounts.AccountTopics;
import com.headpin.shared.RecordChanged;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import com.headpin.stakeholders.internal.ContactLogEntry;
import com.headpin.stakeholders.internal.StakeholdersChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Announces contact-log changes inside the changing transaction: to pages, and to the red-flag checks. */
@Component
class ContactLogNews {

    private final ApplicationEventPublisher events;
    private final BuyingInfluenceRepository influences;

    ContactLogNews(ApplicationEventPublisher events, BuyingInfluenceRepository influences) {
        this.events = events;
        this.influences = influences;
    }

    /** The entry on its account's topic (the account page's log) and, when on a deal, on the deal's people. */
    void entryChanged(ContactLogEntry entry, Set<String> fields) {
        var account = AccountTopics.ACCOUNT.topic(entry.getAccountId());
        events.publishEvent(entry.getDealId() == null
                ? RecordChanged.of(StakeholderTopics.CONTACT_LOG, entry.requireId(), fields, account)
                : RecordChanged.of(StakeholderTopics.CONTACT_LOG, entry.requireId(), fields, account,
                StakeholderTopics.ofDeal(entry.getDealId())));
    }

    /**
     * The people data of the entry's deal and of every deal whose buying influences include these contacts changed:
     * time-based red flags ("not met for 30 days") follow the last contact. Closed deals too, so that nothing here
     * reads deals the caller may not see; the red-flag rules skip closed deals themselves.
     */
    void peopleChanged(@Nullable Long dealId, Collection<Long> contactIds) {
        Set<Long> dealIds = new TreeSet<>();
        if (dealId != null) {
            dealIds.add(dealId);
        }
        contactIds.forEach(contactId -> influences.findByContactId(contactId).stream()
                .map(BuyingInfluence::getDealId).forEach(dealIds::add));
        dealIds.forEach(id -> events.publishEvent(new StakeholdersChanged(id)));
    }
}
