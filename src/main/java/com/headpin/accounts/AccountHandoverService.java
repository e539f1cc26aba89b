package com.headpin.accounts;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.AccountRepository;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a rep leaves: their accounts go to someone else, by the managers above them (directors, administrators),
 * and only those the caller manages. Each account changes owner as an ordinary edit — a new version and a line in
 * its history — so an open form sees the change. The deals module hands over deals and accounts in one step.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
public class AccountHandoverService {

    private final AccountRepository accounts;
    private final Visibility visibility;
    private final UserAccountService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountHandoverService(AccountRepository accounts, Visibility visibility, UserAccountService users,
                           ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.visibility = visibility;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** How many of the user's accounts the caller manages, and so could hand over. */
    @Transactional(readOnly = true)
    public int count(long ownerId) {
        return managed(ownerId, visibility.current()).size();
    }

    /**
     * Gives every account of {@code fromUserId} the caller manages to {@code toUserId}, an active user the caller may
     * make an owner (field {@code accountsTo}: "account.owner.outside"). Returns the ids of the accounts handed over.
     */
    public List<Long> handOver(long fromUserId, long toUserId) {
        VisibilityScope scope = visibility.current();
        if (toUserId == fromUserId || !scope.mayAssignOwner(toUserId)
                || users.find(toUserId).filter(UserSummary::enabled).isEmpty()) {
            throw InvalidInputException.of("accountsTo", "account.owner.outside");
        }
        List<Account> handed = managed(fromUserId, scope);
        handed.forEach(account -> account.handOver(toUserId, clock.instant()));
        accounts.flush();
        handed.forEach(account -> events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, account.requireId(),
                Set.of(AccountService.PROFILE), AccountTopics.LIST)));
        return handed.stream().map(Account::requireId).toList();
    }

    private List<Account> managed(long ownerId, VisibilityScope scope) {
        return accounts.findByOwnerIdOrderByName(ownerId).stream().filter(account -> account.managedBy(scope))
                .toList();
    }
}
