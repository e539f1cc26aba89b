package com.headpin.deals;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.headpin.HeadpinTest;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.FunnelPositionSource;
import com.headpin.accounts.Tier;
import com.headpin.shared.BusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts follow their deals into, through and below the funnel, and in the 20/80 tiers — after the deal's
 * transaction commits, never inside it.
 */
// A context of its own (its own beans): Quartz keeps schedulers per name in the JVM, and one under the shared
// name would take over, and at its end close, the shared context's job store.
@TestPropertySource(properties = "spring.quartz.scheduler-name=headpin-follow")
@HeadpinTest
class AccountsFollowDealsIT {

    /** Lets a test make the accounts' recomputation fail, as a broken source or database error would. */
    @TestConfiguration
    static class FailingSource {
        static volatile boolean failing;

        @Bean
        FunnelPositionSource failingWhenAsked() {
            return new FunnelPositionSource() {
                @Override
                public Map<Long, FunnelPosition> positions(Collection<Long> accountIds) {
                    if (failing) {
                        throw new IllegalStateException("recomputation failed on purpose");
                    }
                    return Map.of();
                }
            };
        }
    }

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired DealService deals;
    @Autowired DealStageService stages;
    @Autowired TransactionTemplate transactions;
    @Autowired BusinessCalendar calendar;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @AfterEach
    void reset() {
        FailingSource.failing = false;
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewDealMovesItsAccountIntoTheFunnelOnceCommittedAndARolledBackOneDoesNot() {
        AccountDetails account = newAccount("跟随测试：入漏斗");

        test.as("rep", () -> transactions.execute(status -> {
            deals.create(small(account.id(), "Rolled back"));
            status.setRollbackOnly();
            return null;
        }));
        assertThat(position(account.id())).isEqualTo(FunnelPosition.ABOVE);

        FunnelPosition insideTheDealsTransaction = test.as("rep", () -> transactions.execute(status -> {
            deals.create(small(account.id(), "Committed"));
            return accounts.find(account.id()).orElseThrow().funnelPosition();
        }));
        assertThat(insideTheDealsTransaction).isEqualTo(FunnelPosition.ABOVE);
        AccountDetails after = test.as("rep", () -> accounts.find(account.id()).orElseThrow());
        assertThat(after.funnelPosition()).isEqualTo(FunnelPosition.IN);
        // Derived in bulk: a form opened before the move saves without a conflict, and cannot undo it.
        assertThat(after.version()).isEqualTo(account.version());
        assertThat(test.as("rep", () -> accounts.choices(account.id())).funnelFollowsDeals()).isTrue();
        AccountDetails saved = test.as("rep", () -> accounts.update(account.id(), AccountInput.from(account)));
        assertThat(saved.funnelPosition()).isEqualTo(FunnelPosition.IN);
    }

    @Test
    void aWonDealPutsItsAccountBelowTheFunnelAndItsTierFollows() {
        AccountDetails account = newAccount("跟随测试：签约");
        assertThat(account.tier()).isEqualTo(Tier.C);
        // Larger than any demo account: the most valuable account of the company is always tier A.
        BigDecimal amount = BigDecimal.valueOf(500_000_000);
        DealDetails deal = test.as("rep", () -> deals.create(deals.draft(account.id()).withName("Big one")
                .withAmount(amount, calendar.today().plusMonths(3))));

        DealDetails won = test.as("rep", () -> stages.setOutcome(deal.id(), deal.version(),
                OutcomeInput.won(amount, calendar.today())));

        AccountDetails after = test.as("rep", () -> accounts.find(account.id()).orElseThrow());
        assertThat(after.funnelPosition()).isEqualTo(FunnelPosition.BELOW);
        assertThat(after.tier()).isEqualTo(Tier.A);

        // Reopened and lost: back above the funnel, valued at its potential again (the company's tiers as before).
        DealDetails reopened = test.as("rep", () -> stages.setOutcome(deal.id(), won.version(),
                OutcomeInput.reopened()));
        test.as("rep", () -> stages.setOutcome(deal.id(), reopened.version(), OutcomeInput.lost("Budget cut", null)));
        AccountDetails lost = test.as("rep", () -> accounts.find(account.id()).orElseThrow());
        assertThat(lost.funnelPosition()).isEqualTo(FunnelPosition.ABOVE);
        assertThat(lost.tier()).isEqualTo(Tier.C);
    }

    @Test
    void aFailingRecomputationLeavesTheDealSaved() {
        AccountDetails account = newAccount("跟随测试：失败");
        FailingSource.failing = true;

        DealDetails deal = test.as("rep", () -> deals.create(small(account.id(), "Kept")));

        assertThat(test.as("rep", () -> deals.find(deal.id()))).isPresent();
        assertThat(position(account.id())).isEqualTo(FunnelPosition.ABOVE);
        // The next change of its deals catches up.
        FailingSource.failing = false;
        DealDetails current = test.as("rep", () -> deals.find(deal.id()).orElseThrow());
        test.as("rep", () -> deals.update(deal.id(), DealInput.from(current)
                .withAmount(BigDecimal.valueOf(2_000), current.expectedClose())));
        assertThat(position(account.id())).isEqualTo(FunnelPosition.IN);
    }

    /** A new account of the rep's, above the funnel, with a tiny potential (tier C). */
    private AccountDetails newAccount(String name) {
        AccountDetails like = test.as("rep", () -> accounts.find(test.accountId("杭州联合银行")).orElseThrow());
        return test.as("rep", () -> accounts.create(new AccountInput(0, name, null, like.industry(), like.nature(),
                like.sizeBand(), like.regionId(), like.teamId(), like.ownerId(), FunnelPosition.ABOVE, null, null,
                null, null, BigDecimal.ONE, null, Set.of())));
    }

    private DealInput small(long accountId, String name) {
        DealInput draft = deals.draft(accountId);
        return draft.withName(name).withAmount(BigDecimal.valueOf(1_000), draft.expectedClose());
    }

    private FunnelPosition position(long accountId) {
        return test.as("rep", () -> accounts.find(accountId).orElseThrow().funnelPosition());
    }
}
