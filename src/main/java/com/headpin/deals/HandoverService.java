package com.headpin.deals;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.headpin.accounts.AccountHandoverService;
import com.headpin.accounts.AccountTopics;
import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealRepository;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a rep leaves (typically: an administrator disables them, then their director steps in): all their open and
 * delayed deals and all their accounts go to new owners in one step, all or nothing. Only the managers above the
 * records (directors, administrators) do it, and only for records in their part of the company; each record keeps
 * its history (the owner change is an ordinary audited edit), views follow live, and each new owner is notified.
 * Won and lost deals stay with the rep who closed them.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
public class HandoverService {

    /** Deals still being worked: open, or parked and coming back. */
    private static final Set<DealOutcome> RUNNING = Set.of(DealOutcome.OPEN, DealOutcome.DELAYED);

    private final DealRepository deals;
    private final AccountHandoverService accounts;
    private final Visibility visibility;
    private final UserAccountService users;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoverService(DealRepository deals, AccountHandoverService accounts, Visibility visibility,
                    UserAccountService users, Notifier notifier, ApplicationEventPublisher events, Clock clock) {
        this.deals = deals;
        this.accounts = accounts;
        this.visibility = visibility;
        this.users = users;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    /** The people whose work the caller may hand over: leavers (disabled) first, then by name; not the caller. */
    @Transactional(readOnly = true)
    public List<UserSummary> people() {
        VisibilityScope scope = visibility.current();
        List<UserSummary> people = scope.all() ? users.page("", Pageable.unpaged()).getContent()
                : users.findAll(scope.managedPeopleIdsForQuery());
        long me = users.me().id();
        return people.stream().filter(person -> person.id() != me)
                .sorted(Comparator.comparing(UserSummary::enabled).thenComparing(UserSummary::fullName)).toList();
    }

    /** What handing over {@code userId}'s work would move, within the caller's part, and to whom it may go. */
    @Transactional(readOnly = true)
    public Handover preview(long userId) {
        UserSummary person = users.find(userId)
                .orElseThrow(() -> InvalidInputException.of("person", "validation.invalid-choice"));
        VisibilityScope scope = visibility.current();
        List<UserSummary> newOwners = users.activeUsers().stream()
                .filter(user -> user.id() != userId && scope.mayAssignOwner(user.id())).toList();
        return new Handover(person, running(userId, scope).size(), accounts.count(userId), newOwners);
    }

    /**
     * Gives {@code userId}'s open and delayed deals to {@code dealsTo} and their accounts to {@code accountsTo}, those
     * the caller manages; refuses new owners the caller may not choose (fields {@code dealsTo}, {@code accountsTo})
     * and a person with nothing to hand over in the caller's part ({@code person}: "handover.nothing").
     */
    public HandedOver handOver(long userId, long accountsTo, long dealsTo) {
        VisibilityScope scope = visibility.current();
        InputRules rules = new InputRules();
        checkNewOwner(rules, "accountsTo", "account.owner.outside", accountsTo, userId, scope);
        checkNewOwner(rules, "dealsTo", "deal.owner.outside", dealsTo, userId, scope);
        rules.check();
        List<Deal> handed = running(userId, scope);
        if (handed.isEmpty() && accounts.count(userId) == 0) {
            throw InvalidInputException.of("person", "handover.nothing");
        }
        handed.forEach(deal -> deal.handOver(dealsTo, clock.instant()));
        deals.flush();
        List<Long> accountIds = accounts.handOver(userId, accountsTo);
        handed.forEach(deal -> events.publishEvent(RecordChanged.of(DealTopics.DEAL, deal.requireId(),
                Set.of("owner"), DealTopics.LIST, DealTopics.BOARD)));
        notifyNewOwners(userId, handed, accountIds, accountsTo, dealsTo);
        return new HandedOver(handed.size(), accountIds.size());
    }

    private void checkNewOwner(InputRules rules, String field, String refusal, long newOwner, long userId,
                               VisibilityScope scope) {
        if (newOwner == userId || !scope.mayAssignOwner(newOwner)
                || users.find(newOwner).filter(UserSummary::enabled).isEmpty()) {
            rules.reject(field, refusal);
        }
    }

    private List<Deal> running(long userId, VisibilityScope scope) {
        return deals.findByOwnerIdAndOutcomeInOrderByName(userId, RUNNING).stream()
                .filter(deal -> deal.managedBy(scope)).toList();
    }

    /** One notification per new owner, about the first record they got (the bell re-checks they may see it). */
    private void notifyNewOwners(long userId, List<Deal> handed, List<Long> accountIds, long accountsTo,
                                 long dealsTo) {
        String me = users.me().fullName();
        String leaver = users.find(userId).map(UserSummary::fullName).orElse("?");
        if (accountsTo == dealsTo && !handed.isEmpty() && !accountIds.isEmpty()) {
            notifier.notify(Set.of(dealsTo), NotificationRequest.about(DealTopics.DEAL, handed.getFirst().requireId(),
                    "deals", "notifications.handover", me, leaver, handed.size(), accountIds.size()));
            return;
        }
        if (!handed.isEmpty()) {
            notifier.notify(Set.of(dealsTo), NotificationRequest.about(DealTopics.DEAL, handed.getFirst().requireId(),
                    "deals", "notifications.handover.deals", me, leaver, handed.size()));
        }
        if (!accountIds.isEmpty()) {
            notifier.notify(Set.of(accountsTo), NotificationRequest.about(AccountTopics.ACCOUNT, accountIds.getFirst(),
                    "accounts", "notifications.handover.accounts", me, leaver, accountIds.size()));
        }
    }
}
