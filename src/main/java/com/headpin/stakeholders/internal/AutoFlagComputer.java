package com.headpin.stakeholders.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealSummary;
import com.headpin.deals.DealService;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcessService;
import com.headpin.security.SystemAuthentication;
import com.headpin.shared.RepeatedErrors;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.RecordChanged;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.StakeholderTopics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes a deal's automatic red flags from its data and stores the difference: raised ones are inserted (and told
 * to the deal's owner, unless the owner made the change), cleared ones deleted. A closed or missing deal has none.
 * Runs in the caller's transaction as someone who may see the deal (the system administrator, after commit).
 */
@Component
public class AutoFlagComputer {

    /** The field a flag change announces on the deal's topic; the recomputation ignores changes of only this. */
    public static final String FLAGS_FIELD = "redFlags";
    private static final int PAGE = 200;
    private static final RepeatedErrors ERRORS = new RepeatedErrors(LoggerFactory.getLogger(AutoFlagComputer.class));

    private final BuyingInfluenceService influences;
    private final DealService deals;
    private final SalesProcessService process;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final List<RedFlagRule> rules;
    private final WinResultCounts winResults;
    private final AutoRedFlagRepository autoFlags;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AutoFlagComputer(BuyingInfluenceService influences, DealService deals, SalesProcessService process,
                     BusinessCalendar calendar, Clock clock, List<RedFlagRule> rules,
                     WinResultCounts winResults, AutoRedFlagRepository autoFlags, Notifier notifier,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.influences = influences;
        this.deals = deals;
        this.process = process;
        this.calendar = calendar;
        this.clock = clock;
        this.rules = List.copyOf(rules);
        this.winResults = winResults;
        this.autoFlags = autoFlags;
        this.notifier = notifier;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        // After commit the changing transaction's resources may still be bound to the thread: never join them.
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Recomputes one deal in a transaction of its own as the system administrator (whoever caused it may not see
     * the deal, e.g. through a contact of its account); a failure is logged, and the next change or the daily check
     * recomputes it again.
     */
    public void recomputeAlone(long dealId, @Nullable Long actorId, boolean tellOwner) {
        try {
            SystemAuthentication.runAsAdmin(() -> transaction.executeWithoutResult(
                    status -> recompute(dealId, actorId, tellOwner)));
        } catch (RuntimeException e) {
            ERRORS.error("Red flags of deal " + dealId + " could not be recomputed", e);
        }
    }

    /**
     * Recomputes every open deal and every deal with stored flags (a deal closed meanwhile loses them), each in a
     * transaction of its own. Returns how many deals were checked.
     */
    public int recheckOpenDeals(boolean tellOwners) {
        Set<Long> ids = new java.util.TreeSet<>();
        autoFlags.findAll().forEach(f -> ids.add(f.getDealId()));
        DealFilter open = new DealFilter("", null, null, null, DealOutcome.OPEN);
        int page = 0;
        List<DealSummary> found;
        do {
            found = deals.page(open, PageRequest.of(page++, PAGE, Sort.by("id"))).getContent();
            found.forEach(d -> ids.add(d.id()));
        } while (found.size() == PAGE);
        ids.forEach(id -> recomputeAlone(id, null, tellOwners));
        return ids.size();
    }

    /**
     * Recomputes one deal; {@code actorId} is who caused it (not notified), null for the scheduled check;
     * {@code tellOwner}: whether newly raised flags are told to the deal's owner.
     */
    public void recompute(long dealId, @Nullable Long actorId, boolean tellOwner) {
        Optional<DealDetails> deal = deals.find(dealId).filter(DealDetails::isOpen);
        List<InfluenceRow> people = deal.isPresent() ? influences.list(dealId) : List.of();
        Set<RaisedFlag> now = deal.map(d -> raised(d, people)).orElse(Set.of());
        List<AutoRedFlag> before = autoFlags.findByDealId(dealId);
        Set<RaisedFlag> kept = before.stream().map(AutoRedFlag::key).collect(Collectors.toSet());
        List<AutoRedFlag> cleared = before.stream().filter(flag -> !now.contains(flag.key())).toList();
        List<RaisedFlag> raised = now.stream().filter(flag -> !kept.contains(flag)).toList();
        if (cleared.isEmpty() && raised.isEmpty()) {
            return;
        }
        autoFlags.deleteAll(cleared);
        Instant at = clock.instant();
        autoFlags.saveAll(raised.stream().map(flag -> new AutoRedFlag(dealId, flag, at)).toList());
        autoFlags.flush();
        deal.filter(d -> tellOwner && !raised.isEmpty() && !Objects.equals(actorId, d.ownerId()))
                .ifPresent(d -> tell(d, raised, people));
        events.publishEvent(RecordChanged.of(DealTopics.DEAL, dealId, Set.of(FLAGS_FIELD), DealTopics.BOARD,
                StakeholderTopics.ofDeal(dealId)));
    }

    /** The flags the rules raise now on an open deal. */
    Set<RaisedFlag> raised(DealDetails deal, List<InfluenceRow> people) {
        Collection<Long> ids = people.stream().map(InfluenceRow::id).toList();
        Map<Long, Integer> wins = winResults.counts(ids);
        DealFacts facts = new DealFacts(deal, people, calendar.today(), process.current().noContactFlagDays(), wins);
        Set<RaisedFlag> raised = new LinkedHashSet<>();
        rules.forEach(rule -> raised.addAll(rule.raised(facts)));
        return raised;
    }

    /** Days since a person was last contacted, or null. */
    public @Nullable Long daysWithoutContact(@Nullable InfluenceRow person) {
        return person == null || person.coverage().lastContactDate() == null ? null
                : ChronoUnit.DAYS.between(person.coverage().lastContactDate(), calendar.today());
    }

    private void tell(DealDetails deal, List<RaisedFlag> raised, List<InfluenceRow> people) {
        Map<Long, InfluenceRow> byContact = people.stream()
                .collect(Collectors.toMap(InfluenceRow::contactId, Function.identity(), (a, b) -> a));
        for (RaisedFlag flag : raised) {
            InfluenceRow person = flag.contactId() == null ? null : byContact.get(flag.contactId());
            Long days = daysWithoutContact(person);
            notifier.notify(Set.of(deal.ownerId()), NotificationRequest.about(DealTopics.DEAL, deal.id(),
                    "deals/" + deal.id(), flag.rule().notificationKey(), deal.name(),
                    person == null ? "" : person.contactName(), days == null ? 0 : days));
        }
    }
}
