package com.headpin.accounts;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.GoalInput;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accountplans.GoalRow;
import com.headpin.accountplans.PlanDetails;

import java.util.concurrent.atomic.AtomicBoolean;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two users save the same record: both load it, one commits, then the other. The second save passes the version
 * check (its copy is as old as its command) and loses at flush or at commit; it must end as a stale save the form
 * can offer to retry, never as an optimistic-locking error page. Deletes carry the version they were loaded with.
 */
@HeadpinTest
class ConcurrentSaveIT {

    private static final int PLAN_YEAR = 2091;

    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    PlanItemService planItems;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationContext context;

    private TransactionTemplate mine;
    private TransactionTemplate theirs;
    private long accountId;

    @BeforeEach
    void setUp() {
        mine = new TransactionTemplate(transactions);
        theirs = new TransactionTemplate(transactions);
        theirs.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TestLogin.as(userDetails, "rep");
        accountId = accounts.page(new AccountFilter("上海浦江银行", null, null, null, null, null, true),
                Pageable.unpaged()).getContent().getFirst().id();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aContactSavedMeanwhileByAnotherUserEndsAsAStaleSave() {
        ContactDetails contact = contacts.create(accountId, contact(0, "并发测试"));
        try {
            assertThatThrownBy(() -> mine.executeWithoutResult(tx -> {
                contacts.list(accountId);
                theirs.executeWithoutResult(other -> contacts.update(contact.id(), contact(contact.version(),
                        "先保存")));
                contacts.update(contact.id(), contact(contact.version(), "后保存"));
            })).isInstanceOf(StaleDataException.class);
            assertThat(current(contact.id()).name()).isEqualTo("先保存");
        } finally {
            contacts.delete(contact.id(), current(contact.id()).version());
        }
    }

    @Test
    void aPlanGoalSavedMeanwhileByAnotherUserEndsAsAStaleSave() {
        PlanDetails plan = plans.plan(accountId, PLAN_YEAR).orElseGet(() -> plans.create(accountId, PLAN_YEAR));
        planItems.saveGoal(plan.id(), null, goal(0, "Concurrent goal"));
        GoalRow goal = goalNamed(plan.id(), "Concurrent goal");
        try {
            assertThatThrownBy(() -> mine.executeWithoutResult(tx -> {
                plans.plan(plan.id());
                theirs.executeWithoutResult(other -> planItems.saveGoal(plan.id(), goal.id(),
                        goal(goal.version(), "Concurrent goal, first")));
                planItems.saveGoal(plan.id(), goal.id(), goal(goal.version(), "Concurrent goal, second"));
            })).isInstanceOf(StaleDataException.class);
            assertThat(plans.plan(plan.id()).goals()).extracting(GoalRow::goal)
                    .contains("Concurrent goal, first").doesNotContain("Concurrent goal, second");
        } finally {
            GoalRow now = goalNamed(plan.id(), "Concurrent goal, first");
            planItems.deleteGoal(plan.id(), now.id(), now.version());
        }
    }

    /** Scoring does not flush: the lost race shows only at commit, after the service method returned. */
    @Test
    void aScoreOnAnAccountSavedMeanwhileFailsAtCommitAsAStaleSave() {
        AccountDetails account = accounts.find(accountId).orElseThrow();
        long criterionId = scorecard.criteria().getFirst().id();
        Integer before = account.scores().get(criterionId);
        int score = before == null || before != 5 ? 5 : 4;
        AtomicBoolean saved = new AtomicBoolean();
        ApplicationListener<ApplicationEvent> anotherUser = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof RecordChanged changed
                    && changed.recordId() == accountId && changed.fields().contains("scores")
                    && saved.compareAndSet(false, true)) {
                // Inside the scoring transaction, before its commit: another user saves the same account.
                theirs.executeWithoutResult(other -> accounts.setNotPursuing(accountId, account.version(), null));
            }
        };
        ApplicationEventMulticaster multicaster = context.getBean(
                AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(anotherUser);
        try {
            assertThatThrownBy(() -> scorecard.score(accountId, criterionId, score))
                    .isInstanceOf(StaleDataException.class);
        } finally {
            multicaster.removeApplicationListener(anotherUser);
        }
        assertThat(saved).isTrue();
        AccountDetails after = accounts.find(accountId).orElseThrow();
        assertThat(after.version()).isGreaterThan(account.version());
        assertThat(after.scores().get(criterionId)).isEqualTo(before);
    }

    @Test
    void aStaleDeleteIsRefusedAndDeletesNothing() {
        ContactDetails contact = contacts.create(accountId, contact(0, "删除测试"));
        ContactDetails changed = contacts.update(contact.id(), contact(contact.version(), "删除测试（改）"));
        assertThatThrownBy(() -> contacts.delete(contact.id(), contact.version()))
                .isInstanceOf(StaleDataException.class);
        assertThat(current(contact.id()).name()).isEqualTo("删除测试（改）");
        contacts.delete(contact.id(), changed.version());
        assertThat(contacts.list(accountId)).extracting(ContactDetails::id).doesNotContain(contact.id());

        PlanDetails plan = plans.plan(accountId, PLAN_YEAR).orElseGet(() -> plans.create(accountId, PLAN_YEAR));
        planItems.saveGoal(plan.id(), null, goal(0, "Goal to delete"));
        GoalRow goal = goalNamed(plan.id(), "Goal to delete");
        planItems.saveGoal(plan.id(), goal.id(), goal(goal.version(), "Goal to delete, changed"));
        assertThatThrownBy(() -> planItems.deleteGoal(plan.id(), goal.id(), goal.version()))
                .isInstanceOf(StaleDataException.class);
        GoalRow now = goalNamed(plan.id(), "Goal to delete, changed");
        planItems.deleteGoal(plan.id(), now.id(), now.version());
        assertThat(plans.plan(plan.id()).goals()).extracting(GoalRow::id).doesNotContain(goal.id());
    }

    private ContactDetails current(long contactId) {
        return contacts.list(accountId).stream().filter(c -> c.id() == contactId).findFirst().orElseThrow();
    }

    private GoalRow goalNamed(long planId, String text) {
        return plans.plan(planId).goals().stream().filter(g -> g.goal().equals(text)).findFirst().orElseThrow();
    }

    private static ContactInput contact(long version, String name) {
        return new ContactInput(version, name, null, null, null, null, null, null, null, null);
    }

    private static GoalInput goal(long version, String text) {
        return new GoalInput(version, text, null, null, null);
    }
}
