package com.headpin.planning;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.planning.internal.PlanRules;
import com.headpin.planning.internal.SavedPlanRepository;
import com.headpin.planning.internal.SavedSalesPlan;
import com.headpin.resources.ResourceTopics;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.Topic;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved plans, one per rep and year. Whoever plans for the rep ({@link PlanningService#plannable}: the rep, the
 * directors above, administrators) saves and submits it; a director above the rep, or an administrator, approves it
 * or returns it with a reason — never the rep themself. Only a draft or returned plan changes: a submitted or
 * approved one is reopened as a draft first (deliberately: it then leaves resource demand until approved again).
 * A plan of a rep the caller does not plan for is not found, like a missing one.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SavedPlanService {

    private final SavedPlanRepository plans;
    private final PlanningService planning;
    private final UserAccountService users;
    private final Visibility visibility;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SavedPlanNotices notices;

    SavedPlanService(SavedPlanRepository plans, PlanningService planning, UserAccountService users,
                     Visibility visibility, CurrentUser currentUser, BusinessCalendar calendar, Clock clock,
                     ApplicationEventPublisher events, SavedPlanNotices notices) {
        this.plans = plans;
        this.planning = planning;
        this.users = users;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
    }

    /** The rep's saved plan for the year, if there is one. */
    @Editors
    public Optional<SavedPlan> find(long repId, int planYear) {
        planning.requirePlannable(repId);
        return plans.findByRepIdAndPlanYear(repId, planYear).map(this::details);
    }

    /** What the caller may do with the rep's plan for the year (saved or not yet). */
    @Editors
    public SavedPlanPermissions permissions(long repId, int planYear) {
        planning.requirePlannable(repId);
        Optional<SavedSalesPlan> plan = plans.findByRepIdAndPlanYear(repId, planYear);
        if (plan.isEmpty()) {
            // Not saved yet: saving creates it, submitting saves and submits it.
            return new SavedPlanPermissions(true, true, false, false);
        }
        SalesPlanStatus status = plan.get().getStatus();
        return new SavedPlanPermissions(status.editable(), status.editable(),
                status == SalesPlanStatus.SUBMITTED && mayDecide(repId), !status.editable());
    }

    /** Saves the request as the rep's plan for its year, a draft; refused when one was saved meanwhile. */
    @Editors
    @Transactional
    public SavedPlan create(long repId, PlanRequest request) {
        UserSummary rep = planning.requirePlannable(repId);
        PlanRules.check(request);
        if (plans.findByRepIdAndPlanYear(repId, request.planYear()).isPresent()) {
            throw InvalidInputException.of("planYear", "planning.saved.exists");
        }
        SavedSalesPlan plan;
        try {
            plan = plans.saveAndFlush(new SavedSalesPlan(rep.id(), request, clock.instant()));
        } catch (DataIntegrityViolationException twice) {
            // Someone else saved the same rep's year a moment before: show theirs rather than an error.
            throw InvalidInputException.of("planYear", "planning.saved.exists");
        }
        changed(plan, Set.of(), false);
        return details(plan);
    }

    /** Changes a draft or returned plan's inputs (the year stays the plan's). */
    @Editors
    @Transactional
    public SavedPlan update(long planId, long version, PlanRequest request) {
        SavedSalesPlan plan = load(planId);
        plan.checkVersion(version);
        requireEditable(plan);
        PlanRules.check(request);
        plan.inputs(request, clock.instant());
        changed(plan, Set.of("inputs"), false);
        return details(plans.saveAndFlush(plan));
    }

    /** Asks the directors above the rep to approve the plan as it is; they are told and find it on their home. */
    @Editors
    @Transactional
    public SavedPlan submit(long planId, long version) {
        SavedSalesPlan plan = load(planId);
        plan.checkVersion(version);
        requireEditable(plan);
        // A plan without its two numbers plans nothing: there would be nothing for the director to approve.
        PlanRequest inputs = plan.request();
        InputRules numbers = new InputRules();
        if (inputs.quota() == null || inputs.quota().signum() <= 0) {
            numbers.reject("quota", "planning.saved.submit.needs-quota");
        }
        if (inputs.averageDeal() == null || inputs.averageDeal().signum() <= 0) {
            numbers.reject("averageDeal", "planning.saved.submit.needs-average");
        }
        numbers.check();
        plan.submit(currentUser.requireId(), clock.instant());
        changed(plan, Set.of("status"), false);
        notices.submitted(plan);
        return details(plans.saveAndFlush(plan));
    }

    /** Approves a submitted plan (a director above the rep, or an administrator): it now feeds resource demand. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    @Transactional
    public SavedPlan approve(long planId, long version) {
        SavedSalesPlan plan = decidable(planId, version);
        plan.approve(currentUser.requireId(), clock.instant());
        changed(plan, Set.of("status"), true);
        notices.approved(plan);
        return details(plans.saveAndFlush(plan));
    }

    /** Returns a submitted plan to the rep with the reason, to be changed and submitted again. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    @Transactional
    public SavedPlan sendBack(long planId, long version, String reason) {
        String text = InputRules.trimToNull(reason);
        new InputRules().required("reason", text).maxLength("reason", text, SavedSalesPlan.REASON_MAX_LENGTH)
                .check();
        SavedSalesPlan plan = decidable(planId, version);
        plan.giveBack(Objects.requireNonNull(text), clock.instant());
        changed(plan, Set.of("status", "returnReason"), false);
        notices.returned(plan);
        return details(plans.saveAndFlush(plan));
    }

    /**
     * Makes a submitted plan (withdrawn) or an approved one (to change it) a draft again. An approved plan then no
     * longer feeds resource demand until it is approved again.
     */
    @Editors
    @Transactional
    public SavedPlan reopen(long planId, long version) {
        SavedSalesPlan plan = load(planId);
        plan.checkVersion(version);
        if (plan.getStatus().editable()) {
            throw InvalidInputException.of("status", "planning.saved.already-draft");
        }
        boolean wasApproved = plan.getStatus() == SalesPlanStatus.APPROVED;
        plan.reopen(clock.instant());
        changed(plan, Set.of("status"), wasApproved);
        return details(plans.saveAndFlush(plan));
    }

    /** Submitted plans of the reps the caller may approve for, the oldest request first. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public List<PlanAwaitingApproval> awaitingMyApproval() {
        long me = currentUser.requireId();
        VisibilityScope scope = visibility.current();
        List<SavedSalesPlan> mine = plans.findByStatusOrderBySubmittedAtAsc(SalesPlanStatus.SUBMITTED).stream()
                .filter(p -> p.getRepId() != me && scope.canManage(p.getRepId(), null, null)).toList();
        Map<Long, String> names = namesOf(mine.stream().map(SavedSalesPlan::getRepId).toList());
        return mine.stream().map(p -> new PlanAwaitingApproval(p.requireId(), p.getRepId(),
                names.getOrDefault(p.getRepId(), "?"), p.getPlanYear(),
                p.getSubmittedAt() == null ? null : calendar.dateOf(p.getSubmittedAt()))).toList();
    }

    /** The planner showing a rep's plan for a year (notification and home-card links). */
    static String link(long repId, int planYear) {
        return "planner/" + repId + "/" + planYear;
    }

    private SavedSalesPlan load(long planId) {
        SavedSalesPlan plan = plans.findById(planId).orElseThrow(SavedPlanService::notFound);
        if (planning.plannable().stream().noneMatch(u -> u.id() == plan.getRepId())) {
            throw notFound();
        }
        return plan;
    }

    private SavedSalesPlan decidable(long planId, long version) {
        SavedSalesPlan plan = plans.findById(planId).filter(p -> visibility.current().canSee(p.getRepId(), null, null))
                .orElseThrow(SavedPlanService::notFound);
        if (!mayDecide(plan.getRepId())) {
            throw new AccessDeniedException("Only a director above the rep approves or returns the rep's plan");
        }
        plan.checkVersion(version);
        if (plan.getStatus() != SalesPlanStatus.SUBMITTED) {
            throw InvalidInputException.of("status", "planning.saved.not-submitted");
        }
        return plan;
    }

    /** A director above the rep (a manager of a unit the rep is in, or above it) or an administrator; not the rep. */
    private boolean mayDecide(long repId) {
        if (repId == currentUser.requireId() || !currentUser.hasAny(Role.DIRECTOR, Role.ADMIN)) {
            return false;
        }
        return visibility.current().canManage(repId, null, null);
    }

    private static void requireEditable(SavedSalesPlan plan) {
        if (!plan.getStatus().editable()) {
            throw InvalidInputException.of("status", "planning.saved.locked");
        }
    }

    /** Announced on the plan and the list; when approval changes, resource demand changes too. */
    private void changed(SavedSalesPlan plan, Set<String> fields, boolean demand) {
        Topic[] alsoOn = demand ? new Topic[] {PlanningTopics.SALES_PLANS, ResourceTopics.BOARD}
                : new Topic[] {PlanningTopics.SALES_PLANS};
        events.publishEvent(RecordChanged.of(PlanningTopics.SALES_PLAN, plan.requireId(), fields, alsoOn));
    }

    private SavedPlan details(SavedSalesPlan plan) {
        Map<Long, String> names = namesOf(Stream.of(plan.getRepId(), plan.getSubmittedBy(), plan.getApprovedBy())
                .filter(Objects::nonNull).toList());
        return new SavedPlan(plan.requireId(), plan.getVersion(), plan.getRepId(),
                names.getOrDefault(plan.getRepId(), "?"), plan.request(), plan.getStatus(),
                plan.getSubmittedBy() == null ? null : names.get(plan.getSubmittedBy()),
                plan.getSubmittedAt() == null ? null : calendar.dateOf(plan.getSubmittedAt()),
                plan.getApprovedBy() == null ? null : names.get(plan.getApprovedBy()),
                plan.getApprovedAt() == null ? null : calendar.dateOf(plan.getApprovedAt()), plan.getReturnReason());
    }

    private Map<Long, String> namesOf(Collection<Long> userIds) {
        Set<Long> ids = Set.copyOf(userIds);
        return ids.isEmpty() ? Map.of() : users.findAll(ids).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
    }

    private static InvalidInputException notFound() {
        return InvalidInputException.of("plan", "planning.saved.not-found");
    }
}
