package com.headpin.accountplans;

import java.util.function.ToLongFunction;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accountplans.internal.PlanAction;
import com.headpin.accountplans.internal.PlanActionRepository;
import com.headpin.accountplans.internal.PlanGoal;
import com.headpin.accountplans.internal.PlanGoalRepository;
import com.headpin.accountplans.internal.PlanRelationship;
import com.headpin.accountplans.internal.PlanRelationshipRepository;
import com.headpin.accounts.ContactService;
import com.headpin.security.Editors;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BaseEntity;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's goals, actions and relationships. Each change makes the plan a draft again. Every method changes a plan:
 * REP, DIRECTOR and ADMIN (a RESOURCE reads the plan through AccountPlanService).
 */
@Service
@Transactional
@Editors
public class PlanItemService {

    private final PlanGoalRepository goals;
    private final PlanActionRepository actions;
    private final PlanRelationshipRepository relationships;
    private final ContactService contacts;
    private final UserAccountService users;
    private final PlanRecords records;

    PlanItemService(PlanGoalRepository goals, PlanActionRepository actions,
                    PlanRelationshipRepository relationships, ContactService contacts, UserAccountService users,
                    PlanRecords records) {
        this.goals = goals;
        this.actions = actions;
        this.relationships = relationships;
        this.contacts = contacts;
        this.users = users;
        this.records = records;
    }

    public void saveGoal(long planId, @Nullable Long goalId, GoalInput input) {
        AccountPlan plan = records.load(planId);
        new InputRules().required("goal", input.goal()).maxLength("goal", input.goal(), 300)
                .maxLength("measure", input.measure(), 200).maxLength("target", input.target(), 200)
                .date("dueDate", input.dueDate()).check();
        PlanGoal goal = goalId == null ? new PlanGoal(planId) : goals.findById(goalId)
                .filter(g -> g.getPlanId() == planId)
                .orElseThrow(() -> InvalidInputException.of("goal", "plan.item.not-found"));
        if (goalId != null) {
            goal.checkVersion(input.version());
        }
        goal.apply(input);
        goals.saveAndFlush(goal);
        records.touch(plan, "goals");
    }

    public void deleteGoal(long planId, long goalId, long version) {
        deleteItem(planId, goals, goalId, version, PlanGoal::getPlanId, "goals");
    }

    public void saveAction(long planId, @Nullable Long actionId, ActionInput input) {
        AccountPlan plan = records.load(planId);
        InputRules rules = new InputRules().required("title", input.title()).maxLength("title", input.title(), 300)
                .date("dueDate", input.dueDate());
        if (users.find(input.ownerId()).filter(UserSummary::enabled).isEmpty()) {
            rules.reject("owner", "validation.required");
        }
        if (input.status() == null) {
            rules.reject("status", "validation.required");
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
        records.touch(plan, "actions");
    }

    public void deleteAction(long planId, long actionId, long version) {
        deleteItem(planId, actions, actionId, version, PlanAction::getPlanId, "actions");
    }

    public void addRelationship(long planId, long contactId, long developerId, @Nullable String objective) {
        AccountPlan plan = records.load(planId);
        InputRules rules = new InputRules().maxLength("objective", objective, 500);
        if (contacts.find(contactId).filter(c -> c.accountId() == plan.getAccountId()).isEmpty()) {
            rules.reject("contact", "validation.invalid-choice");
        }
        if (users.find(developerId).filter(UserSummary::enabled).isEmpty()) {
            rules.reject("developer", "validation.invalid-choice");
        }
        rules.check();
        relationships.saveAndFlush(new PlanRelationship(planId, contactId, developerId,
                InputRules.trimToNull(objective)));
        records.touch(plan, "relationships");
    }

    public void deleteRelationship(long planId, long relationshipId, long version) {
        deleteItem(planId, relationships, relationshipId, version, PlanRelationship::getPlanId, "relationships");
    }

    /** Deletes a plan item as the caller loaded it ({@code version}): a changed one is refused, a gone one ignored. */
    private <T extends BaseEntity> void deleteItem(long planId, JpaRepository<T, Long> items, long itemId,
                                                   long version, ToLongFunction<T> planOf, String field) {
        AccountPlan plan = records.load(planId);
        items.findById(itemId).filter(item -> planOf.applyAsLong(item) == planId).ifPresent(item -> {
            item.checkVersion(version);
            items.delete(item);
        });
        records.touch(plan, field);
    }
}
