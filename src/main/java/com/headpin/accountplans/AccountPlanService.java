package com.headpin.accountplans;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accountplans.internal.AccountPlanRepository;
import com.headpin.accountplans.internal.PlanAction;
import com.headpin.accountplans.internal.PlanActionRepository;
import com.headpin.accountplans.internal.PlanGoal;
import com.headpin.accountplans.internal.PlanGoalRepository;
import com.headpin.accountplans.internal.PlanRelationship;
import com.headpin.accountplans.internal.PlanRelationshipRepository;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactService;
import com.headpin.shared.BusinessCalendar;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.Role;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic account plans, one per account and year. Whoever may see the account reads its plan; REP, DIRECTOR and
 * ADMIN work on it (a RESOURCE reads and comments); a DIRECTOR or ADMIN among the managers above the account reviews
 * it ({@link #permissions} tells screens which), after an editor submitted it or directly. A plan of an account the
 * caller cannot see is not found, like a missing one. Any change after a submission or review makes the plan a draft
 * again. Goals, actions and relationships:
 * {@link PlanItemService}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountPlanService {

    private final AccountPlanRepository plans;
    private final PlanGoalRepository goals;
    private final PlanActionRepository actions;
    private final PlanRelationshipRepository relationships;
    private final AccountService accounts;
    private final PlanRecords records;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ContactService contacts;
    private final BusinessCalendar calendar;
    private final PlanReviewNotices notices;

    AccountPlanService(AccountPlanRepository plans, PlanGoalRepository goals, PlanActionRepository actions,
                       PlanRelationshipRepository relationships, AccountService accounts, PlanRecords records,
                       CurrentUser currentUser, Clock clock, ContactService contacts, BusinessCalendar calendar,
                       PlanReviewNotices notices) {
        this.notices = notices;
        this.contacts = contacts;
        this.calendar = calendar;
        this.plans = plans;
        this.goals = goals;
        this.actions = actions;
        this.relationships = relationships;
        this.accounts = accounts;
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Integer> years(long accountId) {
        accounts.requireVisible(accountId);
        return plans.findByAccountIdOrderByYearDesc(accountId).stream().map(AccountPlan::getYear).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlanDetails> plan(long accountId, int year) {
        accounts.requireVisible(accountId);
        return plans.findByAccountIdAndYear(accountId, year).map(records::details);
    }

    @Transactional(readOnly = true)
    public PlanDetails plan(long planId) {
        return records.details(records.load(planId));
    }

    /**
     * Who on our side owns the relationship with each of the account's contacts (contact id to user id), from the
     * plan of the current fiscal year, else the latest plan before it, else the first after it: the one source of
     * "relationship owner" that buying influences and the relationship map show. Empty without a plan; an account the
     * caller cannot see is not found, unless the caller may read its contacts (a deal's team).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> relationshipOwners(long accountId) {
        contacts.list(accountId);
        int thisYear = calendar.currentFiscalYear();
        List<AccountPlan> newestFirst = plans.findByAccountIdOrderByYearDesc(accountId);
        Optional<AccountPlan> plan = newestFirst.stream().filter(p -> p.getYear() <= thisYear).findFirst()
                .or(() -> newestFirst.stream().reduce((newer, older) -> older));
        Map<Long, Long> owners = new LinkedHashMap<>();
        plan.ifPresent(p -> relationships.findByPlanIdOrderByIdAsc(p.requireId())
                .forEach(r -> owners.putIfAbsent(r.getContactId(), r.getDeveloperId())));
        return owners;
    }

    /** What the caller may do with the account's plans; an account the caller cannot see is not found. */
    @Transactional(readOnly = true)
    public PlanPermissions permissions(long accountId) {
        boolean manages = accounts.manages(accountId);
        return new PlanPermissions(currentUser.hasAny(Role.REP, Role.DIRECTOR, Role.ADMIN),
                manages && currentUser.hasAny(Role.DIRECTOR, Role.ADMIN));
    }

    @Editors
    public PlanDetails create(long accountId, int year) {
        accounts.requireVisible(accountId);
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "plan.year.invalid");
        }
        if (plans.findByAccountIdAndYear(accountId, year).isPresent()) {
            throw InvalidInputException.of("year", "plan.year.exists");
        }
        AccountPlan plan;
        try {
            plan = plans.saveAndFlush(new AccountPlan(accountId, year, clock.instant()));
        } catch (DataIntegrityViolationException concurrentCreate) {
            throw InvalidInputException.of("year", "plan.year.exists");
        }
        records.announce(plan, Set.of());
        return records.details(plan);
    }

    /** Next year's plan as a draft: the texts, the whitespace, goals (a year later), open actions, relationships. */
    @Editors
    public PlanDetails copyForward(long planId) {
        AccountPlan source = records.load(planId);
        PlanDetails next = create(source.getAccountId(), source.getYear() + 1);
        AccountPlan target = records.load(next.id());
        target.setNarrative(source.narrative(), clock.instant());
        target.setWhitespace(List.copyOf(source.getOfferings()), List.copyOf(source.getBusinessUnits()),
                Set.copyOf(source.getCells()), clock.instant());
        for (PlanGoal goal : goals.findByPlanIdOrderByDueDateAscIdAsc(planId)) {
            GoalRow view = goal.toRow();
            PlanGoal copy = new PlanGoal(target.requireId());
            copy.apply(new GoalInput(0, view.goal(), view.measure(), view.target(),
                    view.dueDate() == null ? null : view.dueDate().plusYears(1)));
            goals.save(copy);
        }
        for (PlanAction action : actions.findByPlanIdOrderByDueDateAscIdAsc(planId)) {
            if (action.getStatus() != ActionStatus.DONE) {
                PlanAction copy = new PlanAction(target.requireId());
                copy.apply(action.toInput());
                actions.save(copy);
            }
        }
        for (PlanRelationship relationship : relationships.findByPlanIdOrderByIdAsc(planId)) {
            relationships.save(new PlanRelationship(target.requireId(), relationship.getContactId(),
                    relationship.getDeveloperId(), relationship.getObjective()));
        }
        plans.flush();
        records.announce(target, Set.of());
        return records.details(target);
    }

    @Editors
    public PlanDetails saveNarrative(long planId, long version, PlanNarrative narrative) {
        AccountPlan plan = records.loadVersion(planId, version);
        int max = AccountPlan.NARRATIVE_MAX_LENGTH;
        new InputRules().maxLength("businessGoals", narrative.businessGoals(), max)
                .maxLength("challenges", narrative.challenges(), max)
                .maxLength("strengths", narrative.strengths(), max)
                .maxLength("vulnerabilities", narrative.vulnerabilities(), max)
                .maxLength("competitors", narrative.competitors(), max)
                .maxLength("partners", narrative.partners(), max)
                .maxLength("strategies", narrative.strategies(), max).check();
        PlanNarrative before = plan.narrative();
        plan.setNarrative(narrative, clock.instant());
        plans.saveAndFlush(plan);
        records.announce(plan, changedNarrative(before, plan.narrative()));
        return records.details(plan);
    }

    @Editors
    public PlanDetails saveWhitespace(long planId, long version, List<String> offerings, List<String> units,
                                      Set<WhitespaceCell> cells) {
        AccountPlan plan = records.loadVersion(planId, version);
        InputRules rules = new InputRules();
        List<String> cleanOfferings = clean(offerings, "offerings", rules);
        List<String> cleanUnits = clean(units, "businessUnits", rules);
        rules.check();
        Set<WhitespaceCell> kept = cells.stream()
                .filter(c -> cleanOfferings.contains(c.offering()) && cleanUnits.contains(c.businessUnit()))
                .collect(Collectors.toSet());
        plan.setWhitespace(cleanOfferings, cleanUnits, kept, clock.instant());
        plans.saveAndFlush(plan);
        records.announce(plan, Set.of("whitespace"));
        return records.details(plan);
    }

    /**
     * Asks the managers above the account to review the plan as it is (editors: REP, DIRECTOR, ADMIN); they are
     * told, and find it on their home view. Only a draft is submitted: a submitted one waits already, a reviewed
     * one needs a change first.
     */
    @Editors
    public PlanDetails submit(long planId, long version) {
        AccountPlan plan = records.loadVersion(planId, version);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw InvalidInputException.of("status", "plan.submit.not-draft");
        }
        plan.submit(currentUser.requireId(), clock.instant());
        plans.saveAndFlush(plan);
        notices.submitted(plan);
        records.announce(plan, Set.of("status"));
        return records.details(plan);
    }

    /**
     * Marks the plan reviewed: only by the managers above its account, not by any director who can see it. A
     * submitted plan, or a draft nobody submitted: the director decides when to look, a rep's request is not a
     * precondition. A plan reviewed and unchanged since is refused (nothing new to review). Whoever submitted it
     * and the account's owner are told.
     */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public PlanDetails review(long planId, long version) {
        AccountPlan plan = records.load(planId);
        if (!accounts.manages(plan.getAccountId())) {
            throw new AccessDeniedException("Only the managers above an account review its plan");
        }
        plan.checkVersion(version);
        if (plan.getStatus() == PlanStatus.REVIEWED) {
            throw InvalidInputException.of("status", "plan.review.done");
        }
        plan.review(currentUser.requireId(), clock.instant());
        plans.saveAndFlush(plan);
        notices.reviewed(plan);
        records.announce(plan, Set.of("status"));
        return records.details(plan);
    }

    private static List<String> clean(List<String> names, String field, InputRules rules) {
        List<String> result = names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        result.forEach(name -> rules.name(field, name, 100));
        if (result.size() > 30) {
            rules.reject(field, "plan.whitespace.too-many");
        }
        return result;
    }

    private static Set<String> changedNarrative(PlanNarrative before, PlanNarrative after) {
        Map<String, Function<PlanNarrative, String>> fields = Map.of(
                "businessGoals", PlanNarrative::businessGoals, "challenges", PlanNarrative::challenges,
                "strengths", PlanNarrative::strengths, "vulnerabilities", PlanNarrative::vulnerabilities,
                "competitors", PlanNarrative::competitors, "partners", PlanNarrative::partners,
                "strategies", PlanNarrative::strategies);
        return fields.entrySet().stream()
                .filter(f -> !java.util.Objects.equals(f.getValue().apply(before), f.getValue().apply(after)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
