package com.headpin.accounts;

import java.util.List;
import java.util.Optional;

import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.RecordAccess;
import com.headpin.organisation.Visibility;
import com.headpin.security.UserAccountService;
import org.springframework.transaction.annotation.Transactional;

/** Comments on accounts and account plans follow the accounts' visibility rule. */
abstract class AccountRecordAccess implements RecordAccess {

    private final AccountRepository accounts;
    private final Visibility visibility;
    private final UserAccountService users;

    AccountRecordAccess(AccountRepository accounts, Visibility visibility, UserAccountService users) {
        this.accounts = accounts;
        this.visibility = visibility;
        this.users = users;
    }

    /** The account a record belongs to. */
    abstract Optional<Long> accountOf(long recordId);

    @Override
    @Transactional(readOnly = true)
    public boolean canSee(long recordId) {
        return account(recordId).map(a -> visibility.current().canSee(a.getOwnerId(), a.getTeamId())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(long recordId) {
        Account account = account(recordId).orElse(null);
        if (account == null) {
            return List.of();
        }
        return visibility.whoCanSee(users.activeUsers(), account.getOwnerId(), account.getTeamId()).stream()
                .map(user -> new Mentionable(user.id(), user.username(), user.fullName()))
                .toList();
    }

    /** Accounts and their plans are shown on the account's page. */
    @Override
    @Transactional(readOnly = true)
    public String link(long recordId) {
        return accountOf(recordId).map(accountId -> "accounts/" + accountId).orElse("");
    }

    private Optional<Account> account(long recordId) {
        return accountOf(recordId).flatMap(accounts::findById);
    }

    @org.springframework.stereotype.Component
    static class Accounts extends AccountRecordAccess {

        Accounts(AccountRepository accounts, Visibility visibility, UserAccountService users) {
            super(accounts, visibility, users);
        }

        @Override
        public String recordType() {
            return AccountService.RECORD_TYPE;
        }

        @Override
        Optional<Long> accountOf(long recordId) {
            return Optional.of(recordId);
        }
    }

    @org.springframework.stereotype.Component
    static class Plans extends AccountRecordAccess {

        private final AccountPlanRepository plans;

        Plans(AccountRepository accounts, Visibility visibility, UserAccountService users,
              AccountPlanRepository plans) {
            super(accounts, visibility, users);
            this.plans = plans;
        }

        @Override
        public String recordType() {
            return AccountPlanService.RECORD_TYPE;
        }

        @Override
        Optional<Long> accountOf(long recordId) {
            return plans.findById(recordId).map(AccountPlan::getAccountId);
        }
    }
}
