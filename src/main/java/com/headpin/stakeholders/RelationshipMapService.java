package com.headpin.stakeholders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealService;
import com.headpin.security.Editors;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.stakeholders.internal.InfluenceLine;
import com.headpin.stakeholders.internal.InfluenceLineRepository;
import com.headpin.stakeholders.internal.StakeholdersChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship map of a deal: every contact of its account with reports-to lines, the influence lines ("listens
 * to") between them, the deal's roles and attitudes, and the coverage gaps. Whoever may see the deal reads it (its
 * team too, through {@code accounts.ContactReadGrant}); editors who may edit the deal add and remove influence lines.
 * Influence lines belong to the account: a change is announced on the deal's people topic and on the account's lines
 * topic, so the maps of its other deals follow it too.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RelationshipMapService {


    private final InfluenceLineRepository lines;
    private final BuyingInfluenceService influences;
    private final AccountCoverage coverages;
    private final DealService deals;
    private final ContactService contacts;
    private final ApplicationEventPublisher events;

    RelationshipMapService(InfluenceLineRepository lines, BuyingInfluenceService influences,
                           AccountCoverage coverages, DealService deals, ContactService contacts,
                           ApplicationEventPublisher events) {
        this.lines = lines;
        this.influences = influences;
        this.coverages = coverages;
        this.deals = deals;
        this.contacts = contacts;
        this.events = events;
    }

    /** The map of the deal's account, with the deal's buying influences; a deal the caller cannot see is not found. */
    @Transactional(readOnly = true)
    public RelationshipMap map(long dealId) {
        DealDetails deal = load(dealId);
        List<ContactDetails> people = contacts.list(deal.accountId());
        Map<Long, InfluenceRow> roles = influences.list(dealId).stream()
                .collect(Collectors.toMap(InfluenceRow::contactId, Function.identity(), (a, b) -> a));
        Map<Long, Coverage> covered = coverages.of(deal.accountId(), people);
        Set<Long> ids = people.stream().map(ContactDetails::id).collect(Collectors.toSet());
        List<MapPerson> persons = people.stream().map(contact -> {
            InfluenceRow row = roles.get(contact.id());
            Coverage coverage = covered.get(contact.id());
            Long reportsTo = contact.reportsToId() != null && ids.contains(contact.reportsToId())
                    ? contact.reportsToId() : null;
            return new MapPerson(contact.id(), contact.name(), contact.title(), reportsTo, row != null,
                    row == null ? Set.of() : row.roles(), row == null ? null : row.influence(),
                    row == null ? null : row.attitude(), coverage, coverage.uncovered(), coverage.noRecentContact());
        }).toList();
        List<MapEdge> edges = new ArrayList<>();
        persons.stream().filter(p -> p.reportsToId() != null)
                .forEach(p -> edges.add(MapEdge.reportsTo(p.contactId(), p.reportsToId())));
        lines.findByAccountIdOrderByIdAsc(deal.accountId()).stream()
                .filter(l -> ids.contains(l.getFromContactId()) && ids.contains(l.getToContactId()))
                .forEach(l -> edges.add(edge(l)));
        return new RelationshipMap(dealId, deal.accountId(), deals.choices(dealId).mayEdit(), persons, edges,
                coverages.gapDays());
    }

    /**
     * Adds an influence line between two contacts of the deal's account: not from a person to themselves, and at
     * most once per direction (refused at the fields {@code from}, {@code to} and {@code note}).
     */
    @Editors
    public MapEdge addLine(long dealId, InfluenceLineInput input) {
        DealDetails deal = loadEditable(dealId);
        InputRules rules = new InputRules().maxLength("note", input.note(), InfluenceLine.NOTE_MAX_LENGTH);
        if (!ofAccount(input.fromContactId(), deal.accountId())) {
            rules.reject("from", "relmap.line.contact-invalid");
        }
        if (input.toContactId() <= 0) {
            rules.reject("to", "validation.required");
        } else if (!ofAccount(input.toContactId(), deal.accountId())) {
            rules.reject("to", "relmap.line.contact-invalid");
        } else if (input.toContactId() == input.fromContactId()) {
            rules.reject("to", "relmap.line.self");
        } else if (lines.existsByFromContactIdAndToContactId(input.fromContactId(), input.toContactId())) {
            rules.reject("to", "relmap.line.duplicate");
        }
        rules.check();
        InfluenceLine line = lines.saveAndFlush(new InfluenceLine(deal.accountId(), input.fromContactId(),
                input.toContactId(), input.note()));
        announce(dealId, line);
        return edge(line);
    }

    /** Removes an influence line as the caller loaded it ({@code version}): a changed one is refused, a gone one ignored. */
    @Editors
    public void removeLine(long dealId, long lineId, long version) {
        DealDetails deal = loadEditable(dealId);
        lines.findById(lineId).filter(line -> line.getAccountId() == deal.accountId()).ifPresent(line -> {
            line.checkVersion(version);
            lines.delete(line);
            lines.flush();
            announce(dealId, line);
        });
    }

    /** How many influence lines there are, company-wide (whether the demo data has them): administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long lineCount() {
        return lines.count();
    }

    private boolean ofAccount(long contactId, long accountId) {
        return contacts.find(contactId).filter(c -> c.accountId() == accountId).isPresent();
    }

    private DealDetails load(long dealId) {
        return deals.find(dealId).orElseThrow(() -> InvalidInputException.of("deal", "deal.not-found"));
    }

    private DealDetails loadEditable(long dealId) {
        DealDetails deal = load(dealId);
        if (!deals.choices(dealId).mayEdit()) {
            throw new AccessDeniedException("Not an editor of deal " + dealId);
        }
        return deal;
    }

    private void announce(long dealId, InfluenceLine line) {
        events.publishEvent(RecordChanged.of(StakeholderTopics.INFLUENCE_LINE, line.requireId(), Set.of(),
                StakeholderTopics.ofDeal(dealId), StakeholderTopics.linesOfAccount(line.getAccountId())));
        events.publishEvent(new StakeholdersChanged(dealId));
    }

    private static MapEdge edge(InfluenceLine line) {
        return new MapEdge(MapEdge.Kind.LISTENS_TO, line.getFromContactId(), line.getToContactId(),
                line.requireId(), line.getVersion(), line.getNote());
    }
}
