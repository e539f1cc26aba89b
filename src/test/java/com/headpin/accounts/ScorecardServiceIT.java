package com.headpin.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.HeadpinTest;
import com.headpin.SqlStatements;
import com.headpin.TestLogin;
import com.headpin.security.UserAccountService;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** A criterion change recomputes every fit score in bulk, without turning open account forms stale. Rolls back. */
@HeadpinTest
@Transactional
class ScorecardServiceIT {

    @Autowired
    ScorecardService scorecard;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCriterionChangeUpdatesEveryFitScoreButNoAccountsVersion() {
        TestLogin.as(userDetails, "director");
        List<AccountDetails> before = all();
        Criterion first = scorecard.criteria().getFirst();

        reweigh(first, first.weight() == 10 ? 1 : 10);
        entityManager.flush();
        entityManager.clear();

        Map<Long, Integer> weights = scorecard.criteria().stream().filter(Criterion::active)
                .collect(Collectors.toMap(Criterion::id, Criterion::weight));
        Map<Long, AccountDetails> after = all().stream().collect(Collectors.toMap(AccountDetails::id, a -> a));
        assertThat(before).isNotEmpty().allSatisfy(account -> {
            AccountDetails now = after.get(account.id());
            assertThat(now.version()).as("version of %s", account.name()).isEqualTo(account.version());
            BigDecimal expected = ScorecardService.fit(now.scores(), weights);
            if (expected == null) {
                assertThat(now.fitScore()).isNull();
            } else {
                assertThat(now.fitScore()).as("fit of %s", account.name()).isEqualByComparingTo(expected);
            }
        });
        assertThat(before).anySatisfy(account -> assertThat(text(after.get(account.id()).fitScore()))
                .isNotEqualTo(text(account.fitScore())));
    }

    @Test
    void aCriterionChangeSendsAsManyStatementsForMoreAccounts() {
        TestLogin.as(userDetails, "director");
        long forDemo = SqlStatements.of(entityManager, () -> reweigh(scorecard.criteria().getFirst(), 4));
        Criterion criterion = scorecard.criteria().getFirst();
        for (int i = 0; i < 5; i++) {
            long id = accounts.create(new AccountInput(0, "评分测试" + i, null, Industry.BANKING, Nature.PRIVATE,
                    SizeBand.SMALL, null, null, users.me().id(), FunnelPosition.ABOVE, null, null, null, null,
                    BigDecimal.ZERO, null, Set.of())).id();
            scorecard.score(id, criterion.id(), i);
        }

        long forMore = SqlStatements.of(entityManager, () -> reweigh(scorecard.criteria().getFirst(), 5));

        assertThat(forMore).isEqualTo(forDemo);
    }

    private void reweigh(Criterion criterion, int weight) {
        scorecard.saveCriterion(criterion.id(), new CriterionInput(criterion.version(), criterion.name(), weight,
                criterion.active(), criterion.levels()));
    }

    private static String text(@Nullable BigDecimal fit) {
        return fit == null ? "" : fit.stripTrailingZeros().toPlainString();
    }

    private List<AccountDetails> all() {
        return accounts.page(new AccountFilter("", null, null, null, null, null, true), Pageable.unpaged())
                .map(summary -> accounts.find(summary.id()).orElseThrow()).getContent();
    }
}
