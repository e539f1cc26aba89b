package com.headpin.stakeholders;

import java.util.List;

import com.headpin.accounts.ContactDeleted;
import com.headpin.accounts.ContactLinks;
import com.headpin.shared.RecordChanged;
import com.headpin.stakeholders.internal.InfluenceLine;
import com.headpin.stakeholders.internal.InfluenceLineRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Influence lines point at contacts: deleting a contact first tells how many of its lines go with it, and removes
 * them in the deleting transaction (a plain {@code @EventListener}, not after commit: a failure undoes both).
 */
@Component
class InfluenceLineContacts implements ContactLinks {

    private final InfluenceLineRepository lines;
    private final ApplicationEventPublisher events;

    InfluenceLineContacts(InfluenceLineRepository lines, ApplicationEventPublisher events) {
        this.lines = lines;
        this.events = events;
    }

    @Override
    public List<ContactLink> linksTo(long contactId) {
        int count = lines.findTouching(contactId).size();
        return count == 0 ? List.of() : List.of(new ContactLink("relmap.contact-link", List.of(count)));
    }

    @EventListener
    void on(ContactDeleted deleted) {
        List<InfluenceLine> touching = lines.findTouching(deleted.contactId());
        if (touching.isEmpty()) {
            return;
        }
        lines.deleteAll(touching);
        lines.flush();
        touching.forEach(line -> events.publishEvent(RecordChanged.of(StakeholderTopics.INFLUENCE_LINE,
                line.requireId(), java.util.Set.of(), StakeholderTopics.linesOfAccount(deleted.accountId()))));
    }
}
