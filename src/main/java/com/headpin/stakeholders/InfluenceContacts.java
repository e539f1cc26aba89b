package com.headpin.stakeholders;

import java.util.List;
import java.util.Set;

import com.headpin.accounts.ContactDeleted;
import com.headpin.accounts.ContactLinks;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealService;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Buying influences point at contacts: deleting a contact first names the deals it is an influence on (a deal the
 * caller cannot see without its name), and removes those influences in the deleting transaction (a plain
 * {@code @EventListener}, so a failure here rolls the delete back), announced on their deals.
 */
@Component
class InfluenceContacts implements ContactLinks {

    private final BuyingInfluenceRepository influences;
    private final DealService deals;
    private final ApplicationEventPublisher events;

    InfluenceContacts(BuyingInfluenceRepository influences, DealService deals, ApplicationEventPublisher events) {
        this.influences = influences;
        this.deals = deals;
        this.events = events;
    }

    @Override
    public List<ContactLink> linksTo(long contactId) {
        return influences.findByContactId(contactId).stream().map(influence -> deals.find(influence.getDealId())
                .map(DealDetails::name)
                .map(name -> new ContactLink("influence.contact-link", List.of(name)))
                .orElseGet(() -> new ContactLink("influence.contact-link.hidden", List.of()))).toList();
    }

    @EventListener
    void on(ContactDeleted deleted) {
        List<BuyingInfluence> gone = influences.findByContactId(deleted.contactId());
        influences.deleteAll(gone);
        influences.flush();
        gone.forEach(influence -> BuyingInfluenceService.announce(events, influence, Set.of()));
    }
}
