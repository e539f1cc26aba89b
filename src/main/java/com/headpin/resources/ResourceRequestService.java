package com.headpin.resources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcessService;
import com.headpin.organisation.Visibility;
import com.headpin.resources.internal.DealAccess;
import com.headpin.resources.internal.RequestReader;
import com.headpin.resources.internal.RequestRepository;
import com.headpin.resources.internal.RequestRules;
import com.headpin.resources.internal.ResourceRepository;
import com.headpin.resources.internal.ResourceRequest;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for resources from a deal's war room: pre-filled from the sales process's effort per role and stage (the
 * one copy of those numbers), made by the deal's rep or the managers above it, declined with a reason by the
 * managers, marked done. Assignment: {@link AssignmentService}. Every change is announced on the deal's requests
 * topic, so the requester's war room follows it without reload.
 */
@Service
@Transactional
public class ResourceRequestService {

    private static final int WEEK_DAYS = 5;

    private final RequestRepository requests;
    private final ResourceRepository resources;
    private final RequestReader reader;
    private final DealAccess access;
    private final SalesProcessService process;
    private final Visibility visibility;
    private final UserAccountService users;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResourceRequestService(RequestRepository requests, ResourceRepository resources, RequestReader reader,
                           DealAccess access, SalesProcessService process, Visibility visibility,
                           UserAccountService users, Notifier notifier, CurrentUser currentUser,
                           BusinessCalendar calendar, Clock clock, ApplicationEventPublisher events) {
        this.requests = requests;
        this.resources = resources;
        this.reader = reader;
        this.access = access;
        this.process = process;
        this.visibility = visibility;
        this.users = users;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RequestPermissions permissions(long dealId) {
        return access.permissions(access.load(dealId));
    }

    /** The deal's requests, newest first, for whoever may see the deal. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RequestRow> forDeal(long dealId) {
        access.load(dealId);
        return reader.rows(requests.findByDealIdOrderByRequestedAtDescIdDesc(dealId));
    }

    /**
     * A new request pre-filled for the activity and type: the effort the sales process sets for the type's role in the
     * activity's stage (negotiation: at least a full day), starting next Monday and spanning as many weeks as it
     * takes at full time.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RequestInput draft(long dealId, StageActivity activity, ResourceType type) {
        access.requireRequester(dealId);
        BigDecimal effort = process.current().stage(activity.stage()).effort(type.dealRole());
        if (activity == StageActivity.NEGOTIATION) {
            effort = effort.max(RequestRules.NEGOTIATION_MINIMUM);
        }
        if (effort.signum() == 0) {
            effort = BigDecimal.ONE;
        }
        LocalDate start = calendar.thisWeekStart().plusWeeks(1);
        int weeks = effort.divide(BigDecimal.valueOf(WEEK_DAYS), 0, RoundingMode.CEILING).intValue();
        return new RequestInput(dealId, type, null, activity, start, start.plusWeeks(Math.max(1, weeks)).minusDays(3),
                effort.stripTrailingZeros().scale() > 1 ? effort.setScale(1, RoundingMode.HALF_UP) : effort, "");
    }

    @PreAuthorize("isAuthenticated()")
    public RequestRow request(RequestInput input) {
        DealDetails deal = access.requireRequester(input.dealId());
        ResourceType type = RequestRules.check(input, resources);
        long me = currentUser.requireId();
        ResourceRequest request = new ResourceRequest(deal.id(), me, clock.instant());
        request.describe(type, input.wantedResourceId(), Objects.requireNonNull(input.activity()),
                Objects.requireNonNull(input.startsOn()), Objects.requireNonNull(input.endsOn()),
                Objects.requireNonNull(input.effortDays()), InputRules.trimToNull(input.justification()));
        requests.saveAndFlush(request);
        Set<Long> managers = visibility.whoManages(users.activeUsers(), deal.ownerId(), deal.teamId(),
                deal.regionId()).stream().map(UserSummary::id).filter(id -> id != me).collect(Collectors.toSet());
        notifier.notify(managers, NotificationRequest.about(DealTopics.DEAL, deal.id(), "resources/board",
                "notifications.resource-requested", currentUser.require().fullName(), deal.name()));
        RequestEvents.announce(events, request);
        return reader.row(request);
    }

    /** The managers above the deal decline an open request, saying why; the requester is told. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public RequestRow decline(long requestId, long version, String reason) {
        ResourceRequest request = load(requestId);
        DealDetails deal = access.requireAssigner(request.getDealId());
        request.checkVersion(version);
        new InputRules().required("reason", reason).maxLength("reason", reason, ResourceRequest.TEXT_MAX_LENGTH)
                .check();
        if (!request.getStatus().isOpen()) {
            throw InvalidInputException.of("status", "resource.request.not-open");
        }
        request.decline(reason.strip(), clock.instant());
        requests.saveAndFlush(request);
        tellRequester(request, "notifications.resource-declined", deal);
        RequestEvents.announce(events, request);
        return reader.row(request);
    }

    /** An assignment carried out: marked done by the requester, the assigned person or the managers above the deal. */
    @PreAuthorize("isAuthenticated()")
    public RequestRow complete(long requestId, long version) {
        ResourceRequest request = load(requestId);
        DealDetails deal = access.load(request.getDealId());
        long me = currentUser.requireId();
        boolean assignedToMe = request.getResourceId() != null && resources.findById(request.getResourceId())
                .map(r -> r.getUserId() == me).orElse(false);
        if (request.getRequestedBy() != me && !assignedToMe && !access.permissions(deal).mayAssign()) {
            throw new AccessDeniedException("Marked done by the requester, the assigned person or a manager");
        }
        request.checkVersion(version);
        if (request.getStatus() != RequestStatus.ASSIGNED) {
            throw InvalidInputException.of("status", "resource.request.not-assigned");
        }
        request.done(clock.instant());
        requests.saveAndFlush(request);
        RequestEvents.announce(events, request);
        return reader.row(request);
    }

    private void tellRequester(ResourceRequest request, String key, DealDetails deal) {
        notifier.notify(Set.of(request.getRequestedBy()), NotificationRequest.about(DealTopics.DEAL, deal.id(),
                "deals/" + deal.id(), key, currentUser.require().fullName(), deal.name()));
    }

    private ResourceRequest load(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> InvalidInputException.of("request", "resource.request.not-found"));
    }
}
