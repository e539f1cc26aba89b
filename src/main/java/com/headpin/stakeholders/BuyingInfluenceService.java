package com.headpin.stakeholders;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealService;
import com.headpin.deals.DealTopics;
import com.headpin.security.Editors;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import com.headpin.stakeholders.internal.StakeholdersChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buying influences of a deal. Whoever may see the deal reads them (its deal team too: the contacts come through
 * {@code accounts.ContactReadGrant}); a deal the caller cannot see is not found. Editors who may edit the deal add a
 * contact of its account (once per deal, or a new contact made in place), change one on the version they loaded and
 * remove one. Every change is announced on the influence's topic, the deal's people and the deal (its activity).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BuyingInfluenceService {

    private final BuyingInfluenceRepository influences;
    private final DealService deals;
    private final ContactService contacts;
    private final AccountCoverage coverages;
    private final ApplicationEventPublisher events;

    BuyingInfluenceService(BuyingInfluenceRepository influences, DealService deals, ContactService contacts,
                           AccountCoverage coverages, ApplicationEventPublisher events) {
        this.influences = influences;
        this.deals = deals;
        this.contacts = contacts;
        this.coverages = coverages;
        this.events = events;
    }

    /** The deal's buying influences in the order they were added, each with its contact and coverage. */
    @Transactional(readOnly = true)
    public List<InfluenceRow> list(long dealId) {
        DealDetails deal = loadDeal(dealId);
        return rows(deal.accountId(), influences.findByDealIdOrderByIdAsc(dealId));
    }

    /** The contacts of the deal's account who are not yet buying influences on it, by name: what Add offers. */
    @Transactional(readOnly = true)
    public List<ContactDetails> candidates(long dealId) {
        DealDetails deal = loadDeal(dealId);
        Set<Long> taken = influences.findByDealIdOrderByIdAsc(dealId).stream().map(BuyingInfluence::getContactId)
                .collect(Collectors.toSet());
        return contacts.list(deal.accountId()).stream().filter(contact -> !taken.contains(contact.id())).toList();
    }

    /** Whether the caller may add, change and remove the deal's buying influences (the view's buttons follow it). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long dealId) {
        return deals.choices(dealId).mayEdit();
    }

    /** Whether any deal has buying influences recorded: for administrators (the demo data seeds only once). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean anyRecorded() {
        return influences.count() > 0;
    }

    /** Adds a contact of the deal's account as a buying influence; a contact already on the deal is refused. */
    @Editors
    public InfluenceRow add(long dealId, long contactId, InfluenceInput input) {
        DealDetails deal = editable(dealId);
        InputRules rules = rules(input);
        ContactDetails contact = contacts.find(contactId).filter(c -> c.accountId() == deal.accountId())
                .orElse(null);
        if (contact == null) {
            rules.reject("contact", contactId <= 0 ? "validation.required" : "influence.contact.other-account");
        } else if (influences.existsByDealIdAndContactId(dealId, contactId)) {
            rules.reject("contact", "influence.contact.taken");
        }
        rules.check();
        return create(deal, contactId, input);
    }

    /**
     * Makes a new contact of the deal's account (name and title, as the accounts module checks them) and adds them
     * as a buying influence, in one transaction: a refused influence leaves no contact behind.
     */
    @Editors
    public InfluenceRow addWithNewContact(long dealId, String name, @Nullable String title, InfluenceInput input) {
        DealDetails deal = editable(dealId);
        rules(input).check();
        ContactDetails contact = contacts.create(deal.accountId(), new ContactInput(0, name, title, null, null,
                null, null, null, null, null));
        return create(deal, contact.id(), input);
    }

    /** Changes a buying influence as the caller loaded it ({@code input.version()}); a stale one is refused. */
    @Editors
    public InfluenceRow update(long dealId, long influenceId, InfluenceInput input) {
        DealDetails deal = editable(dealId);
        BuyingInfluence influence = loadInfluence(dealId, influenceId);
        influence.checkVersion(input.version());
        rules(input).check();
        Set<String> changed = changedFields(influence, input);
        apply(influence, input);
        influences.saveAndFlush(influence);
        announce(influence, changed);
        return rows(deal.accountId(), List.of(influence)).getFirst();
    }

    /** Removes a buying influence as loaded ({@code version}): a changed one is refused, a gone one ignored. */
    @Editors
    public void remove(long dealId, long influenceId, long version) {
        editable(dealId);
        influences.findById(influenceId).filter(influence -> influence.getDealId() == dealId).ifPresent(influence -> {
            influence.checkVersion(version);
            influences.delete(influence);
            influences.flush();
            announce(influence, Set.of());
        });
    }

    private InfluenceRow create(DealDetails deal, long contactId, InfluenceInput input) {
        BuyingInfluence influence = new BuyingInfluence(deal.id(), contactId);
        apply(influence, input);
        influences.saveAndFlush(influence);
        announce(influence, Set.of());
        return rows(deal.accountId(), List.of(influence)).getFirst();
    }

    /** The deal as the caller may edit it: not found when they cannot see it, refused when they may not edit. */
    private DealDetails editable(long dealId) {
        DealDetails deal = loadDeal(dealId);
        if (!deals.choices(dealId).mayEdit()) {
            throw new AccessDeniedException("The deal's people are not the caller's to edit");
        }
        return deal;
    }

    private static InputRules rules(InfluenceInput input) {
        InputRules rules = new InputRules().maxLength("organisationalResults", input.organisationalResults(),
                BuyingInfluence.RESULTS_MAX_LENGTH);
        if (input.roles().isEmpty()) {
            rules.reject("roles", "influence.roles.required");
        }
        return rules;
    }

    private static void apply(BuyingInfluence influence, InfluenceInput input) {
        influence.setRoles(input.roles());
        influence.setInfluence(input.influence());
        influence.setAttitude(input.attitude());
        influence.setCertainty(input.certainty());
        influence.setOrganisationalResults(input.organisationalResults());
    }

    private static Set<String> changedFields(BuyingInfluence influence, InfluenceInput input) {
        Set<String> changed = new HashSet<>();
        if (!influence.getRoles().equals(Set.copyOf(input.roles()))) {
            changed.add("roles");
        }
        if (influence.getInfluence() != input.influence()) {
            changed.add("influence");
        }
        if (influence.getAttitude() != input.attitude()) {
            changed.add("attitude");
        }
        if (influence.getCertainty() != input.certainty()) {
            changed.add("certainty");
        }
        if (!java.util.Objects.equals(influence.getOrganisationalResults(),
                InputRules.trimToNull(input.organisationalResults()))) {
            changed.add("organisationalResults");
        }
        return changed;
    }

    private BuyingInfluence loadInfluence(long dealId, long influenceId) {
        return influences.findById(influenceId).filter(influence -> influence.getDealId() == dealId)
                .orElseThrow(() -> InvalidInputException.of("influence", "influence.not-found"));
    }

    private void announce(BuyingInfluence influence, Set<String> fields) {
        announce(events, influence, fields);
    }

    /**
     * After commit: forms of the influence, the deal's people panels and the deal's activity follow; the deal's
     * computed red flags are checked again.
     */
    static void announce(ApplicationEventPublisher events, BuyingInfluence influence, Set<String> fields) {
        events.publishEvent(RecordChanged.of(StakeholderTopics.INFLUENCE, influence.requireId(), fields,
                StakeholderTopics.ofDeal(influence.getDealId()), DealTopics.DEAL.topic(influence.getDealId())));
        events.publishEvent(new StakeholdersChanged(influence.getDealId()));
    }

    DealDetails loadDeal(long dealId) {
        return deals.find(dealId).orElseThrow(() -> InvalidInputException.of("deal", "deal.not-found"));
    }

    /** Rows for influences of one account's deals: one read of its contacts and of their coverage. */
    List<InfluenceRow> rows(long accountId, Collection<BuyingInfluence> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<ContactDetails> accountContacts = contacts.list(accountId);
        Map<Long, ContactDetails> people = accountContacts.stream()
                .collect(Collectors.toMap(ContactDetails::id, Function.identity()));
        Map<Long, Coverage> covered = coverages.of(accountId, accountContacts);
        return found.stream().filter(influence -> people.containsKey(influence.getContactId())).map(influence -> {
            ContactDetails contact = people.get(influence.getContactId());
            return new InfluenceRow(influence.requireId(), influence.getVersion(), influence.getDealId(),
                    contact.id(), contact.name(), contact.title(), influence.getRoles(), influence.getInfluence(),
                    influence.getAttitude(), influence.getCertainty(), influence.getOrganisationalResults(),
                    covered.get(contact.id()));
        }).toList();
    }
}
