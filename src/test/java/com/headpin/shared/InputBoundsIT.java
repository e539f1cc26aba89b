package com.headpin.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.ActionInput;
import com.headpin.shared.ActionStatus;
import com.headpin.accountplans.GoalInput;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.security.CurrentUser;
import com.headpin.targeting.BeachheadService;
import com.headpin.targeting.ShowcaseKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Amounts and dates are bounded by one rule in every service (issue 9), with the same answer on H2 and on
 * MySQL/MariaDB: out of bounds is a field message and nothing changes; the bounds themselves are stored exactly.
 */
@HeadpinTest
class InputBoundsIT {

    private static final LocalDate[] OUT_OF_RANGE = {LocalDate.of(1899, 12, 31), LocalDate.of(2101, 1, 1),
            LocalDate.of(20260, 3, 1), LocalDate.of(-44, 3, 15), LocalDate.MAX};

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    PlanItemService planItems;
    @Autowired
    BeachheadService beachheads;
    @Autowired
    CurrentUser currentUser;

    private AccountDetails account;

    @BeforeEach
    void asTheRepOfTheGrid() {
        TestLogin.as(userDetails, "rep3");
        account = accounts.find(accounts.page(new AccountFilter("华北电网", null, null, null, null, null, true),
                Pageable.unpaged()).getContent().getFirst().id()).orElseThrow();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAmountOutOfBoundsIsAFieldMessageAndTheLargestIsStoredExactly() {
        for (String amount : new String[] {"-0.01", "0.001", "1000000000000", "1E+999999999", "1E-999999999",
                "1E+2147483647"}) {
            assertThatThrownBy(() -> accounts.update(account.id(), potential(account, new BigDecimal(amount))))
                    .as(amount).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                            assertThat(invalid.fieldErrors()).containsEntry("annualPotential", "validation.amount"));
        }
        assertThat(accounts.find(account.id()).orElseThrow().version()).isEqualTo(account.version());

        AccountDetails largest = accounts.update(account.id(), potential(account, new BigDecimal("999999999999.99")));
        try {
            assertThat(accounts.find(account.id()).orElseThrow().annualPotential())
                    .isEqualByComparingTo("999999999999.99");
        } finally {
            accounts.update(account.id(), potential(largest, account.annualPotential()));
        }
    }

    @Test
    void aDateOutOfBoundsIsAFieldMessageInEveryServiceAndTheBoundsAreStoredExactly() {
        for (LocalDate date : OUT_OF_RANGE) {
            assertRefused(() -> contacts.create(account.id(), contact(date)), "lastContactDate");
        }
        long plan = plans.years(account.id()).stream().findFirst()
                .flatMap(year -> plans.plan(account.id(), year)).map(PlanDetails::id).orElseThrow();
        PlanDetails before = plans.plan(plan);
        for (LocalDate date : OUT_OF_RANGE) {
            assertRefused(() -> planItems.saveGoal(plan, null, new GoalInput(0, "边界目标", null, null, date)),
                    "dueDate");
            assertRefused(() -> planItems.saveAction(plan, null, new ActionInput(0, "边界行动",
                    currentUser.requireId(), date, ActionStatus.OPEN)), "dueDate");
            assertRefused(() -> beachheads.addShowcase(account.id(), ShowcaseKind.AWARD, date, null, null),
                    "achievedOn");
        }
        assertThat(contacts.list(account.id())).noneMatch(c -> c.name().equals("边界测试"));
        assertThat(plans.plan(plan).version()).isEqualTo(before.version());
        assertThat(plans.plan(plan).goals()).hasSameSizeAs(before.goals());

        ContactDetails earliest = contacts.create(account.id(), contact(InputRules.EARLIEST_DATE));
        try {
            assertThat(contacts.find(earliest.id()).orElseThrow().lastContactDate())
                    .isEqualTo(LocalDate.of(1900, 1, 1));
        } finally {
            contacts.delete(earliest.id(), earliest.version());
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable save, String field) {
        assertThatThrownBy(save).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.fieldErrors()).containsEntry(field, "validation.date.range"));
    }

    private static ContactInput contact(LocalDate lastContact) {
        return new ContactInput(0, "边界测试", null, null, null, null, null, null, lastContact, null);
    }

    private static AccountInput potential(AccountDetails a, BigDecimal amount) {
        AccountInput input = AccountInput.from(a);
        return new AccountInput(input.version(), input.name(), input.altName(), input.industry(), input.nature(),
                input.sizeBand(), input.regionId(), input.teamId(), input.ownerId(), input.funnelPosition(),
                input.parentId(), input.address(), input.website(), input.notes(), amount, input.tierOverride(),
                input.team());
    }
}
