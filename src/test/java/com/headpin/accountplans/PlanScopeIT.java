package com.headpin.accountplans;

import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.organisation.OrganisationService;
import com.headpin.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plans follow their account's scope: a consultant reads them; a plan outside one's part is simply not found; only
 * the managers above the account review it.
 */
@HeadpinTest
class PlanScopeIT {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    PlanItemService items;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aConsultantReadsTheirAccountsPlansButNeitherStartsNorChangesOne() {
        long account = as("consultant", () -> accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged())
                .getContent().getFirst().id());
        assertThat(as("consultant", () -> plans.years(account))).isNotNull();
        assertThatThrownBy(() -> as("consultant", () -> plans.create(account, 2097)))
                .isInstanceOf(AccessDeniedException.class);
        PlanDetails plan = as("director", () -> plans.create(account, 2097));
        assertThat(as("consultant", () -> plans.plan(plan.id())).year()).isEqualTo(2097);
        assertThatThrownBy(() -> as("consultant", () -> plans.saveNarrative(plan.id(), plan.version(),
                plan.narrative()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("consultant", () -> {
            items.saveGoal(plan.id(), null, new GoalInput(0, "Win", null, null, null));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("consultant", () -> plans.copyForward(plan.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlanOutsideOnesPartAnswersLikeAMissingOne() {
        long energy = as("rep3", () -> accounts.page(new AccountFilter("华北电网", null, null, null, null, null, true),
                Pageable.unpaged()).getContent().getFirst().id());
        long plan = as("rep3", () -> plans.plan(energy, plans.years(energy).getFirst()).orElseThrow().id());
        for (long id : new long[] {plan, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> as("rep", () -> plans.plan(id))).isInstanceOfSatisfying(
                    InvalidInputException.class,
                    invalid -> assertThat(invalid.fieldErrors()).containsEntry("plan", "plan.not-found"));
        }
    }

    @Test
    void onlyTheManagersAboveTheAccountReviewItsPlanNotADirectorWhoSeesItAsItsOwner() {
        long account = OwnerOnlyAccount.create("评审范围测试银行", accounts, organisation, userDetails);
        PlanDetails plan = as("north.director", () -> plans.create(account, 2096));
        assertThat(as("north.director", () -> plans.permissions(account)))
                .isEqualTo(new PlanPermissions(true, false));

        assertThatThrownBy(() -> as("north.director", () -> plans.review(plan.id(), plan.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("north.director", () -> plans.plan(plan.id())).status()).isEqualTo(PlanStatus.DRAFT);

        assertThat(as("manager", () -> plans.permissions(account))).isEqualTo(new PlanPermissions(true, true));
        assertThat(as("manager", () -> plans.review(plan.id(), plan.version())).status())
                .isEqualTo(PlanStatus.REVIEWED);
    }

    @Test
    void whatEachMayDoWithAPlanIsAnsweredBeforeTheyTry() {
        long manufacturing = as("rep2", () -> accounts.page(new AccountFilter("杭州精工机械", null, null, null, null,
                null, true), Pageable.unpaged()).getContent().getFirst().id());
        assertThat(as("consultant", () -> plans.permissions(manufacturing)))
                .isEqualTo(new PlanPermissions(false, false));
        assertThat(as("rep2", () -> plans.permissions(manufacturing))).isEqualTo(new PlanPermissions(true, false));
        assertThat(as("director", () -> plans.permissions(manufacturing)))
                .isEqualTo(new PlanPermissions(true, true));
        assertThatThrownBy(() -> as("rep3", () -> plans.permissions(manufacturing))).isInstanceOfSatisfying(
                InvalidInputException.class,
                invalid -> assertThat(invalid.fieldErrors()).containsEntry("account", "account.not-found"));
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }
}
