package com.headpin.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BaseEntity;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic account plans, one per account and year. Whoever may see the account works on its plan; a director
 * reviews it. Any change after a review makes the plan a draft again.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountPlanService {

    public static final String RECORD_TYPE = "account-plan";

    private final AccountPlanRepository plans;
    private final PlanGoalRepository goals;
    private final PlanActionRepository actions;
    private final PlanRelationshipRepository relationships;
    private final ContactRepository contacts;
    private final AccountService accounts;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessCalendar calendar;

    AccountPlanService(AccountPlanRepository plans, PlanGoalRepository goals, PlanActionRepository actions,
                       PlanRelationshipRepository relationships, ContactRepository contacts, AccountService accounts,
                       UserAccountService users, CurrentUser currentUser, ApplicationEventPublisher events,
                       Clock clock, BusinessCalendar calendar) {
        this.plans = plans;
        this.goals = goals;
        this.actions = actions;
        this.relationships = relationships;
        this.contacts = contacts;
        this.accounts = accounts;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public List<Integer> years(long accountId) {
        accounts.load(accountId);
        return plans.findByAccountIdOrderByYearDesc(accountId).stream().map(AccountPlan::getYear).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlanDetails> plan(long accountId, int year) {
        accounts.load(accountId);
        return plans.findByAccountIdAndYear(accountId, year).map(this::details);
    }

    @Transactional(readOnly = true)
    public PlanDetails plan(long planId) {
        return details(load(planId));
    }

    public PlanDetails create(long accountId, int year) {
        accounts.load(accountId);
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
        announce(plan, Set.of());
        return details(plan);
    }

    /** Next year's plan as a draft: the texts, the whitespace, goals (a year later), open actions, relationships. */
    public PlanDetails copyForward(long planId) {
        AccountPlan source = load(planId);
        PlanDetails next = create(source.getAccountId(), source.getYear() + 1);
        AccountPlan target = load(next.id());
        target.setNarrative(source.narrative(), clock.instant());
        target.setWhitespace(List.copyOf(source.getOfferings()), List.copyOf(source.getBusinessUnits()),
                Set.copyOf(source.getCells()), clock.instant());
        for (PlanGoal goal : goals.findByPlanIdOrderByDueDateAscIdAsc(planId)) {
            GoalView view = goal.toView();
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
        announce(target, Set.of());
        return details(target);
    }

    public PlanDetails saveNarrative(long planId, long version, PlanNarrative narrative) {
        AccountPlan plan = loadVersion(planId, version);
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
        announce(plan, changedNarrative(before, plan.narrative()));
        return details(plan);
    }

    public PlanDetails saveWhitespace(long planId, long version, List<String> offerings, List<String> units,
                                      Set<WhitespaceCell> cells) {
        AccountPlan plan = loadVersion(planId, version);
        InputRules rules = new InputRules();
        List<String> cleanOfferings = clean(offerings, "offerings", rules);
        List<String> cleanUnits = clean(units, "businessUnits", rules);
        rules.check();
        Set<WhitespaceCell> kept = cells.stream()
                .filter(c -> cleanOfferings.contains(c.offering()) && cleanUnits.contains(c.businessUnit()))
                .collect(Collectors.toSet());
        plan.setWhitespace(cleanOfferings, cleanUnits, kept, clock.instant());
        plans.saveAndFlush(plan);
        announce(plan, Set.of("whitespace"));
        return details(plan);
    }

    public void saveGoal(long planId, @Nullable Long goalId, GoalInput input) {
        AccountPlan plan = load(planId);
        new InputRules().required("goal", input.goal()).maxLength("goal", input.goal(), 300)
                .maxLength("measure", input.measure(), 200).maxLength("target", input.target(), 200).check();
        PlanGoal goal = goalId == null ? new PlanGoal(planId) : goals.findById(goalId)
                .filter(g -> g.getPlanId() == planId)
                .orElseThrow(() -> InvalidInputException.of("goal", "plan.item.not-found"));
        if (goalId != null) {
            goal.checkVersion(input.version());
        }
        goal.apply(input);
        goals.saveAndFlush(goal);
        touch(plan, "goals");
    }

    public void deleteGoal(long planId, long goalId, long version) {
        deleteItem(planId, goals, goalId, version, PlanGoal::getPlanId, "goals");
    }

    public void saveAction(long planId, @Nullable Long actionId, ActionInput input) {
        AccountPlan plan = load(planId);
        InputRules rules = new InputRules().required("title", input.title()).maxLength("title", input.title(), 300);
        if (users.find(input.ownerId()).filter(UserSummary::enabled).isEmpty()) {
            rules.reject("owner", "validation.required");
        }
        rules.check();
        PlanAction action = actionId == null ? new PlanAction(planId) : actions.findById(actionId)
                .filter(a -> a.getPlanId() == planId)
                .orElseThrow(() -> InvalidInputException.of("action", "plan.item.not-found"));
        if (actionId != null) {
            action.checkVersion(input.version());
        }
        action.apply(input);
        actions.saveAndFlush(action);
        touch(plan, "actions");
    }

    public void deleteAction(long planId, long actionId, long version) {
        deleteItem(planId, actions, actionId, version, PlanAction::getPlanId, "actions");
    }

    public void addRelationship(long planId, long contactId, long developerId, @Nullable String objective) {
        AccountPlan plan = load(planId);
        InputRules rules = new InputRules().maxLength("objective", objective, 500);
        if (contacts.findById(contactId).filter(c -> c.getAccountId() == plan.getAccountId()).isEmpty()) {
            rules.reject("contact", "validation.invalid-choice");
        }
        if (users.find(developerId).filter(UserSummary::enabled).isEmpty()) {
            rules.reject("developer", "validation.invalid-choice");
        }
        rules.check();
        relationships.saveAndFlush(new PlanRelationship(planId, contactId, developerId,
                InputRules.trimToNull(objective)));
        touch(plan, "relationships");
    }

    public void deleteRelationship(long planId, long relationshipId, long version) {
        deleteItem(planId, relationships, relationshipId, version, PlanRelationship::getPlanId, "relationships");
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public PlanDetails review(long planId, long version) {
        AccountPlan plan = loadVersion(planId, version);
        plan.review(currentUser.requireId(), clock.instant());
        plans.saveAndFlush(plan);
        announce(plan, Set.of("status"));
        return details(plan);
    }

    private void touch(AccountPlan plan, String field) {
        plan.changed(clock.instant());
        plans.saveAndFlush(plan);
        announce(plan, Set.of(field, "status"));
    }

    /** Deletes a plan item as the caller loaded it ({@code version}): a changed one is refused, a gone one ignored. */
    private <T extends BaseEntity> void deleteItem(long planId, JpaRepository<T, Long> items, long itemId,
                                                   long version, ToLongFunction<T> planOf, String field) {
        AccountPlan plan = load(planId);
        items.findById(itemId).filter(item -> planOf.applyAsLong(item) == planId).ifPresent(item -> {
            item.checkVersion(version);
            items.delete(item);
        });
        touch(plan, field);
    }

    private AccountPlan load(long planId) {
        AccountPlan plan = plans.findById(planId)
                .orElseThrow(() -> InvalidInputException.of("plan", "plan.not-found"));
        accounts.load(plan.getAccountId());
        return plan;
    }

    private AccountPlan loadVersion(long planId, long version) {
        AccountPlan plan = load(planId);
        plan.checkVersion(version);
        return plan;
    }

    private PlanDetails details(AccountPlan plan) {
        long planId = plan.requireId();
        List<PlanAction> planActions = actions.findByPlanIdOrderByDueDateAscIdAsc(planId);
        List<PlanRelationship> planRelationships = relationships.findByPlanIdOrderByIdAsc(planId);
        Set<Long> userIds = new HashSet<>();
        planActions.forEach(a -> userIds.add(a.getOwnerId()));
        planRelationships.forEach(r -> userIds.add(r.getDeveloperId()));
        if (plan.getReviewedBy() != null) {
            userIds.add(plan.getReviewedBy());
        }
        Map<Long, String> names = users.findAll(userIds).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        Map<Long, String> contactNames = contacts.findByAccountIdOrderByName(plan.getAccountId()).stream()
                .map(Contact::toDetails).collect(Collectors.toMap(ContactDetails::id, ContactDetails::name));
        LocalDate today = calendar.today();
        return new PlanDetails(planId, plan.getVersion(), plan.getAccountId(), plan.getYear(), plan.getStatus(),
                plan.getReviewedBy() == null ? null : names.get(plan.getReviewedBy()), plan.getReviewedAt(),
                plan.narrative(), List.copyOf(plan.getOfferings()), List.copyOf(plan.getBusinessUnits()),
                Set.copyOf(plan.getCells()),
                goals.findByPlanIdOrderByDueDateAscIdAsc(planId).stream().map(PlanGoal::toView).toList(),
                planActions.stream().map(a -> a.toView(names.getOrDefault(a.getOwnerId(), "?"), today)).toList(),
                planRelationships.stream().map(r -> r.toView(contactNames.getOrDefault(r.getContactId(), "?"),
                        names.getOrDefault(r.getDeveloperId(), "?"))).toList());
    }

    private void announce(AccountPlan plan, Set<String> fields) {
        events.publishEvent(RecordChanged.of(RECORD_TYPE, plan.requireId(), fields,
                "account-plans:" + plan.getAccountId()));
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
