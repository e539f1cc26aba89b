package com.headpin.accounts;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.ScoreCriterionRepository;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Accounts as lists show them: with their owner's name and their fit score on the active criteria. One read of the
 * owners and one of the weights per list, never per row. Called inside AccountService's secured transactions, on
 * accounts the caller may see.
 */
@Component
class AccountSummaries {

    private final UserAccountService users;
    private final ScoreCriterionRepository criteria;

    AccountSummaries(UserAccountService users, ScoreCriterionRepository criteria) {
        this.users = users;
        this.criteria = criteria;
    }

    List<AccountSummary> of(Collection<Account> accounts) {
        Lookups lookups = lookups(accounts);
        return accounts.stream().map(lookups::summary).toList();
    }

    Page<AccountSummary> of(Page<Account> page) {
        Lookups lookups = lookups(page.getContent());
        return page.map(lookups::summary);
    }

    private Lookups lookups(Collection<Account> accounts) {
        Map<Long, String> owners = users.findAll(new HashSet<>(accounts.stream().map(Account::getOwnerId).toList()))
                .stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName, (a, b) -> a));
        return new Lookups(owners, criteria.activeWeights());
    }

    private record Lookups(Map<Long, String> owners, Map<Long, Integer> weights) {

        AccountSummary summary(Account account) {
            AccountDetails a = account.toDetails();
            return new AccountSummary(a.id(), a.name(), a.altName(), a.industry(), a.funnelPosition(), a.ownerId(),
                    owners.getOrDefault(a.ownerId(), "?"), a.effectiveTier(), a.tierOverride() != null,
                    FitScore.of(a.scores(), weights), a.annualPotential(), a.notPursuing());
        }
    }
}
