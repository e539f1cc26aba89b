package com.headpin.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.Tier;
import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealTeamService;
import com.headpin.deals.DealTopics;
import com.headpin.resources.internal.ConflictCheck;
import com.headpin.resources.internal.DealAccess;
import com.headpin.resources.internal.Loads;
import com.headpin.resources.internal.PoolReader;
import com.headpin.resources.internal.RequestReader;
import com.headpin.resources.internal.RequestRepository;
import com.headpin.resources.internal.Resource;
import com.headpin.resources.internal.ResourceRepository;
import com.headpin.resources.internal.ResourceRequest;
import com.headpin.security.CurrentUser;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment board's work: open requests of the deals the caller manages, ranked; the people who could take one
 * with their conflicts; the assignment itself, checked again inside its transaction with the person's row locked, so
 * of two directors giving the same person's days at once the second sees the first's booking as a conflict. The
 * assigned person joins the deal team (and so may open the deal) and is notified; so is the requester.
 */
@Service
@Transactional
public class AssignmentService {

    private final RequestRepository requests;
    private final ResourceRepository resources;
    private final PoolReader pool;
    private final RequestReader reader;
    private final ConflictCheck conflicts;
    private final DealAccess access;
    private final DealTeamService dealTeams;
    private final AccountService accounts;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssignmentService(RequestRepository requests, ResourceRepository resources, PoolReader pool,
                      RequestReader reader, ConflictCheck conflicts, DealAccess access, DealTeamService dealTeams,
                      AccountService accounts, Notifier notifier, CurrentUser currentUser, Clock clock,
                      ApplicationEventPublisher events) {
        this.requests = requests;
        this.resources = resources;
        this.pool = pool;
        this.reader = reader;
        this.conflicts = conflicts;
        this.access = access;
        this.dealTeams = dealTeams;
        this.accounts = accounts;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Open requests on deals the caller manages, most important first: higher weighted value, then the better tier
     * of the deal's account, then the earlier close.
     */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OpenRequest> openRequests() {
        Map<Long, DealDetails> deals = new HashMap<>();
        List<ResourceRequest> open = requests.findByStatusOrderByStartsOnAscIdAsc(RequestStatus.REQUESTED).stream()
                .filter(r -> managed(r.getDealId(), deals)).toList();
        Map<Long, Tier> tiers = accounts.summaries(deals.values().stream().map(DealDetails::accountId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::tier));
        return reader.rows(open).stream().map(row -> {
            DealDetails deal = deals.get(row.dealId());
            return new OpenRequest(row, deal.weightedAmount(), tiers.get(deal.accountId()), deal.expectedClose());
        }).sorted(Comparator.comparing(OpenRequest::weightedAmount).reversed()
                .thenComparing(o -> o.tier() == null ? Tier.values().length : o.tier().ordinal())
                .thenComparing(OpenRequest::expectedClose)).toList();
    }

    private boolean managed(long dealId, Map<Long, DealDetails> cache) {
        if (cache.containsKey(dealId)) {
            return true;
        }
        DealDetails deal = access.find(dealId);
        if (deal == null || !access.permissions(deal).mayAssign()) {
            return false;
        }
        cache.put(dealId, deal);
        return true;
    }

    /** Active people who may serve the request's deal (its type first), each with the conflicts of taking it. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long requestId, @Nullable LocalDate weekStart) {
        ResourceRequest request = load(requestId);
        DealDetails deal = access.requireAssigner(request.getDealId());
        LocalDate start = startOf(request, weekStart);
        return pool.active().stream().filter(p -> p.serves(deal.regionId()))
                .sorted(Comparator.comparing((ResourceSummary p) -> p.type() != request.getType())
                        .thenComparing(p -> !Objects.equals(p.id(), request.getWantedResourceId())))
                .map(p -> new Candidate(p, conflicts.check(p, request, start))).toList();
    }

    /**
     * Assigns the person: refused while conflicts stand and no reason is given ({@link AssignmentConflictException},
     * with the conflicts found now), for a person who does not serve the deal's region, and for a stale request.
     */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public RequestRow assign(AssignInput input) {
        ResourceRequest request = load(input.requestId());
        DealDetails deal = access.requireAssigner(request.getDealId());
        request.checkVersion(input.version());
        if (!request.getStatus().isOpen()) {
            throw InvalidInputException.of("status", "resource.request.not-open");
        }
        new InputRules().maxLength("overrideReason", input.overrideReason(), ResourceRequest.TEXT_MAX_LENGTH)
                .date("weekStart", input.weekStart()).check();
        // Locked first: a second assignment of this person waits here and then sees this one's load.
        Resource locked = resources.lockById(input.resourceId()).filter(Resource::isActive)
                .orElseThrow(() -> InvalidInputException.of("resource", "validation.invalid-choice"));
        ResourceSummary person = pool.summary(locked);
        if (!person.serves(deal.regionId())) {
            throw InvalidInputException.of("resource", "resource.region-only.refused");
        }
        LocalDate start = startOf(request, input.weekStart());
        List<Conflict> found = conflicts.check(person, request, start);
        String reason = InputRules.trimToNull(input.overrideReason());
        if (!found.isEmpty() && reason == null) {
            throw new AssignmentConflictException(found);
        }
        long me = currentUser.requireId();
        request.assign(person.id(), start, me, found.isEmpty() ? null : reason, clock.instant());
        requests.saveAndFlush(request);
        dealTeams.addMember(deal.id(), person.userId(), person.type().dealRole());
        String by = currentUser.require().fullName();
        notifier.notify(Set.of(person.userId()), NotificationRequest.about(DealTopics.DEAL, deal.id(),
                "resources/mine", "notifications.resource-assigned", by, deal.name()));
        notifier.notify(Set.of(request.getRequestedBy()), NotificationRequest.about(DealTopics.DEAL, deal.id(),
                "deals/" + deal.id(), "notifications.resource-request-assigned", by, person.fullName(), deal.name()));
        RequestEvents.announce(events, request, person.userId());
        return reader.row(request);
    }

    /** The caller's own assignments (assigned and done), by start. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RequestRow> mine() {
        return resources.findByUserId(currentUser.requireId())
                .map(r -> reader.rows(requests.findByResourceIdAndStatusInOrderByStartsOnAsc(r.requireId(),
                        Loads.BOOKED)))
                .orElse(List.of());
    }

    /** The request's start moved to the week dropped on, unless it already starts in that week. */
    private static LocalDate startOf(ResourceRequest request, @Nullable LocalDate weekStart) {
        if (weekStart == null || weekStart.equals(com.headpin.resources.internal.CapacityMath
                .weekStart(request.getStartsOn()))) {
            return request.getStartsOn();
        }
        return com.headpin.resources.internal.CapacityMath.weekStart(weekStart);
    }

    private ResourceRequest load(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> InvalidInputException.of("request", "resource.request.not-found"));
    }
}
