package com.headpin.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.AccountRepository;
import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.RecordAccess;
import com.headpin.organisation.Visibility;
import com.headpin.security.UserAccountService;
import com.headpin.shared.RecordType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on and notifications about accounts follow the accounts' visibility rule. Modules whose records belong
 * to an account (plans) answer their own {@link RecordAccess} with this one's answer for the account.
 */
@Component
public class AccountRecordAccess implements RecordAccess {

    private final AccountRepository accounts;
    private final Visibility visibility;
    private final UserAccountService users;

    AccountRecordAccess(AccountRepository accounts, Visibility visibility, UserAccountService users) {
        this.accounts = accounts;
        this.visibility = visibility;
        this.users = users;
    }

    @Override
    public RecordType recordType() {
        return AccountTopics.ACCOUNT;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canSee(long accountId) {
        return accounts.findById(accountId).map(a -> a.visibleTo(visibility.current())).orElse(false);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(long accountId) {
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty()) {
            return List.of();
        }
        return visibility.whoCanSee(users.activeUsers(), account.get().getOwnerId(), account.get().getTeamId(),
                        account.get().getRegionId())
                .stream().map(user -> new Mentionable(user.id(), user.username(), user.fullName())).toList();
    }

    /** The account's name as its page shows it. */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String name(long accountId, Locale locale) {
        return accounts.findById(accountId).map(Account::getName).orElse("");
    }

    /**
     * The directors above the account (its team's manager and those above), as user ids: who hears of requests for
     * their review (a plan submitted). Empty for a missing account.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Long> managers(long accountId) {
        return accounts.findById(accountId).map(account -> visibility.whoManages(users.activeUsers(),
                        account.getOwnerId(), account.getTeamId(), account.getRegionId()).stream()
                .map(com.headpin.security.UserSummary::id).collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
    }

    /** Accounts, and the records shown on an account's page, lead there. */
    @Override
    public String link(long accountId) {
        return "accounts/" + accountId;
    }
}
