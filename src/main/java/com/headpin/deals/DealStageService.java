package com.headpin.deals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountDealsChanged;
import com.headpin.deals.internal.CompetitorList;
import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealFinder;
import com.headpin.deals.internal.DealHistoryWriter;
import com.headpin.deals.internal.DealReader;
import com.headpin.deals.internal.DealRepository;
import com.headpin.deals.internal.DeliverableRepository;
import com.headpin.deals.internal.Outcomes;
import com.headpin.deals.internal.StageGate;
import com.headpin.organisation.Visibility;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.Role;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's way through the funnel: exit-criteria ticks, stage moves through the gate and outcomes, each recorded in
 * the dated deal history, and the proposal deliverables done or not needed. Editors (REP, DIRECTOR, ADMIN) who may
 * see the deal do these; only a director or administrator among the managers above the deal moves it past missing
 * criteria, and says why.
 */
@Service
@Transactional
@Editors
public class DealStageService {

    private final DealRepository deals;
    private final DealFinder finder;
    private final DealReader reader;
    private final DeliverableRepository deliverableRows;
    private final DealHistoryWriter history;
    private final CompetitorList competitors;
    private final SalesProcessService process;
    private final Visibility visibility;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DealStageService(DealRepository deals, DealFinder finder, DealReader reader, DeliverableRepository deliverableRows,
                     DealHistoryWriter history, CompetitorList competitors, SalesProcessService process,
                     Visibility visibility, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.deals = deals;
        this.finder = finder;
        this.reader = reader;
        this.deliverableRows = deliverableRows;
        this.history = history;
        this.competitors = competitors;
        this.process = process;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ticks or unticks exit criteria. Ticks are facts of their own: they need no version, and never make the deal's
     * open forms stale.
     */
    public DealDetails check(long dealId, Collection<Long> criterionIds, boolean checked) {
        Deal deal = finder.load(dealId);
        SalesProcess sales = process.current();
        Set<Long> known = sales.stages().stream().flatMap(s -> s.exitCriteria().stream()).map(ExitCriterion::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(criterionIds)) {
            throw InvalidInputException.of("criteria", "validation.invalid-choice");
        }
        deal.progress().check(criterionIds, checked);
        deals.flush();
        events.publishEvent(RecordChanged.of(DealTopics.DEAL, dealId, Set.of("criteria"), DealTopics.BOARD));
        return reader.details(deal, sales);
    }

    /**
     * The company's proposal deliverables as the deal stands with each, in the sales process's order; a deliverable
     * removed from the process since stays listed (after the others) on a deal that marked it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DealDeliverable> deliverables(long dealId) {
        return deliverablesOf(finder.load(dealId));
    }

    /**
     * Marks a deliverable done, not needed or back to do. Like ticks, a fact of its own: no version, and the deal's
     * open forms do not go stale. Only deliverables of the process, or ones the deal marked before, may be marked.
     */
    public List<DealDeliverable> markDeliverable(long dealId, long deliverableId, DeliverableState state) {
        Deal deal = finder.load(dealId);
        boolean known = process.current().deliverables().stream().anyMatch(d -> d.id() == deliverableId)
                || deal.progress().deliverables().containsKey(deliverableId);
        if (!known) {
            throw InvalidInputException.of("deliverable", "validation.invalid-choice");
        }
        deal.progress().mark(deliverableId, state);
        deals.flush();
        events.publishEvent(RecordChanged.of(DealTopics.DEAL, dealId, Set.of("deliverables")));
        return deliverablesOf(deal);
    }

    private List<DealDeliverable> deliverablesOf(Deal deal) {
        Map<Long, DeliverableState> marked = deal.progress().deliverables();
        List<Deliverable> current = process.current().deliverables();
        Set<Long> currentIds = current.stream().map(Deliverable::id).collect(Collectors.toSet());
        List<DealDeliverable> list = new ArrayList<>(current.stream().map(d -> new DealDeliverable(d.id(), d.name(),
                marked.getOrDefault(d.id(), DeliverableState.TO_DO), false)).toList());
        deliverableRows.findAllByOrderBySortOrderAsc().stream()
                .filter(row -> !currentIds.contains(row.requireId()) && marked.containsKey(row.requireId()))
                .forEach(row -> list.add(new DealDeliverable(row.requireId(), row.text(), marked.get(row.requireId()),
                        true)));
        return list;
    }

    /**
     * Moves the deal to another open stage, made on {@code version}: forward through the gate (with
     * {@code reason}, a director's override of missing criteria), back always (the reason optional).
     */
    public DealDetails moveStage(long dealId, long version, DealStage to, @Nullable String reason) {
        Deal deal = finder.load(dealId);
        deal.checkVersion(version);
        SalesProcess sales = process.current();
        StageGate.Move move = StageGate.check(deal, to, reason, sales, mayOverride(deal));
        DealStage from = deal.getStage();
        deal.moveTo(to, clock.instant());
        deals.saveAndFlush(deal);
        history.record(deal, move.change(), from, sales.probability(to), move.reason());
        return announce(deal, sales, "stage");
    }

    /** The exit criteria a move to {@code to} would leave unticked (what the gate dialog lists). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExitCriterion> missingFor(long dealId, DealStage to) {
        return StageGate.missing(finder.load(dealId), to, process.current());
    }

    /** Won, lost, delayed or reopened, with what each needs (see {@link OutcomeInput}), made on {@code version}. */
    public DealDetails setOutcome(long dealId, long version, OutcomeInput input) {
        Deal deal = finder.load(dealId);
        deal.checkVersion(version);
        Outcomes.check(deal, input, history.today());
        DealStage from = deal.getStage();
        switch (input.outcome()) {
            case WON -> deal.win(input.finalAmount(), input.signedOn(), clock.instant());
            case LOST -> deal.lose(input.lostReason().strip(), InputRules.trimToNull(input.lostTo()) == null ? null
                    : competitors.resolve(Set.of(input.lostTo().strip())).iterator().next(), clock.instant());
            case DELAYED -> deal.delay(input.newExpectedClose(), clock.instant());
            case OPEN -> deal.reopen(clock.instant());
        }
        deals.saveAndFlush(deal);
        SalesProcess sales = process.current();
        history.record(deal, DealChange.OUTCOME, from == deal.getStage() ? null : from,
                sales.probability(deal.getStage()), deal.getLostReason());
        return announce(deal, sales, "outcome");
    }

    /** Whether the caller may move this deal past missing exit criteria: a director or admin who manages it. */
    private boolean mayOverride(Deal deal) {
        return (currentUser.has(Role.DIRECTOR) || currentUser.has(Role.ADMIN))
                && deal.managedBy(visibility.current());
    }

    private DealDetails announce(Deal deal, SalesProcess sales, String field) {
        events.publishEvent(new AccountDealsChanged(Set.of(deal.getAccountId())));
        events.publishEvent(RecordChanged.of(DealTopics.DEAL, deal.requireId(), Set.of(field), DealTopics.LIST,
                DealTopics.BOARD));
        return reader.details(deal, sales);
    }
}
