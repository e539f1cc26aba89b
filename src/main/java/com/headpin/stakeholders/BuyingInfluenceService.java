package com.headpin.stakeholders;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealService;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buying influences of a deal. Whoever may see the deal reads them (its deal team too: the contacts come through
 * {@code accounts.ContactReadGrant}); a deal the caller cannot see is not found.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BuyingInfluenceService {

    private final BuyingInfluenceRepository influences;
    private final DealService deals;
    private final ContactService contacts;
    private final AccountPlanService plans;
    private final UserAccountService users;

    BuyingInfluenceService(BuyingInfluenceRepository influences, DealService deals, ContactService contacts,
                           AccountPlanService plans, UserAccountService users) {
        this.influences = influences;
        this.deals = deals;
        this.contacts = contacts;
        this.plans = plans;
        this.users = users;
    }

    /** The deal's buying influences in the order they were added, each with its contact and coverage. */
    @Transactional(readOnly = true)
    public List<InfluenceRow> list(long dealId) {
        DealDetails deal = loadDeal(dealId);
        return rows(deal.accountId(), influences.findByDealIdOrderByIdAsc(dealId));
    }

    DealDetails loadDeal(long dealId) {
        return deals.find(dealId).orElseThrow(() -> InvalidInputException.of("deal", "deal.not-found"));
    }

    /** Rows for influences of one account's deals: one read of its contacts, plan owners and users. */
    List<InfluenceRow> rows(long accountId, Collection<BuyingInfluence> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, ContactDetails> people = contacts.list(accountId).stream()
                .collect(Collectors.toMap(ContactDetails::id, Function.identity()));
        Map<Long, Long> owners = plans.relationshipOwners(accountId);
        Set<Long> userIds = new HashSet<>(owners.values());
        people.values().stream().map(ContactDetails::lastContactBy).filter(java.util.Objects::nonNull)
                .forEach(userIds::add);
        Map<Long, String> names = users.findAll(userIds).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        return found.stream().filter(influence -> people.containsKey(influence.getContactId())).map(influence -> {
            ContactDetails contact = people.get(influence.getContactId());
            Long ownerId = owners.get(contact.id());
            Coverage coverage = new Coverage(ownerId, ownerId == null ? null : names.get(ownerId),
                    contact.lastContactDate(), contact.lastContactBy(),
                    contact.lastContactBy() == null ? null : names.get(contact.lastContactBy()));
            return new InfluenceRow(influence.requireId(), influence.getVersion(), influence.getDealId(),
                    contact.id(), contact.name(), contact.title(), influence.getRoles(), influence.getInfluence(),
                    influence.getAttitude(), influence.getCertainty(), influence.getOrganisationalResults(),
                    coverage);
        }).toList();
    }
}
