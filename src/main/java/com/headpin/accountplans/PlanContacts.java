package com.headpin.accountplans;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.headpin.accountplans.internal.AccountPlanRepository;
import com.headpin.accountplans.internal.PlanRelationship;
import com.headpin.accountplans.internal.PlanRelationshipRepository;
import com.headpin.accounts.ContactDeleted;
import com.headpin.accounts.ContactLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plan relationships point at contacts: a contact's delete names the plans it is in, and removes those
 * relationships in the deleting transaction (a plain {@code @EventListener}, not after commit).
 */
@Component
class PlanContacts implements ContactLinks {

    private final PlanRelationshipRepository relationships;
    private final AccountPlanRepository plans;
    private final PlanRecords records;

    PlanContacts(PlanRelationshipRepository relationships, AccountPlanRepository plans, PlanRecords records) {
        this.relationships = relationships;
        this.plans = plans;
        this.records = records;
    }

    @Override
    public List<ContactLink> linksTo(long contactId) {
        Set<Integer> years = new TreeSet<>();
        relationships.findByContactId(contactId).forEach(r -> plans.findById(r.getPlanId())
                .ifPresent(plan -> years.add(plan.getYear())));
        return years.stream().map(year -> new ContactLink("plan.contact-link", List.of(String.valueOf(year))))
                .toList();
    }

    @EventListener
    void on(ContactDeleted deleted) {
        List<PlanRelationship> links = relationships.findByContactId(deleted.contactId());
        relationships.deleteAll(links);
        relationships.flush();
        links.stream().map(PlanRelationship::getPlanId).distinct().map(plans::findById)
                .flatMap(java.util.Optional::stream).forEach(plan -> records.touch(plan, "relationships"));
    }
}
