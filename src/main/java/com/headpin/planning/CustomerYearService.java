package com.headpin.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.Tier;
import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.planning.internal.SentReminderRepository;
import com.headpin.planning.internal.SentReminderRow;
import com.headpin.security.CurrentUser;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's year (domain notes §2): the company calendar's seasons and holidays of a year, and the reminders
 * they send account owners ahead of them ("planning season: meet the key decision maker of …"). A reminder is due
 * from its days ahead of the period's start until the start; it goes to the owner of each account still pursued
 * (or each key account, tier A, where the period says so), once per account and occurrence.
 */
@Service
@Transactional
public class CustomerYearService {

    private static final int PAGE_SIZE = 500;

    private final CompanyCalendarService calendar;
    private final AccountService accounts;
    private final SentReminderRepository sent;
    private final Notifier notifier;
    private final BusinessCalendar businessCalendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerYearService(CompanyCalendarService calendar, AccountService accounts, SentReminderRepository sent,
                        Notifier notifier, BusinessCalendar businessCalendar, CurrentUser currentUser,
                        Clock clock) {
        this.calendar = calendar;
        this.accounts = accounts;
        this.sent = sent;
        this.notifier = notifier;
        this.businessCalendar = businessCalendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The year's periods and the caller's reminders for their accounts (none for a year already past). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CustomerYear year(int year) {
        if (year < InputRules.EARLIEST_DATE.getYear() || year > InputRules.LATEST_DATE.getYear()) {
            throw InvalidInputException.of("year", "validation.date.range");
        }
        LocalDate today = businessCalendar.today();
        List<CalendarOccurrence> occurrences = calendar.occurrences(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        List<CalendarOccurrence> coming = occurrences.stream()
                .filter(o -> o.period().reminder().reminds() && o.dates().from().getYear() == year
                        && !o.dates().from().isBefore(today))
                .toList();
        return new CustomerYear(year, today, occurrences, coming.isEmpty() ? List.of() : remindersOf(coming));
    }

    /** Sends the reminders due today that were not sent yet; answers how many went out. For the daily job. */
    @PreAuthorize("hasRole('ADMIN')")
    public int sendDueReminders() {
        LocalDate today = businessCalendar.today();
        List<CalendarOccurrence> due = calendar.occurrences(today, today.plusDays(ReminderRule.MAX_DAYS_AHEAD))
                .stream()
                .filter(o -> o.period().reminder().reminds() && !o.dates().from().isBefore(today)
                        && !today.isBefore(o.period().reminder().dueOn(o.dates().from())))
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        List<AccountSummary> pursued = pursuedAccounts(null);
        int count = 0;
        for (CalendarOccurrence occurrence : due) {
            ReminderRule rule = occurrence.period().reminder();
            LocalDate start = occurrence.dates().from();
            Set<Long> done = new HashSet<>(sent.accountIdsSent(occurrence.period().id(), start));
            for (AccountSummary account : pursued) {
                if (!concerns(rule, account) || !done.add(account.id())) {
                    continue;
                }
                notifier.notify(Set.of(account.ownerId()), new NotificationRequest(AccountTopics.ACCOUNT,
                        account.id(), rule.action().messageKey(), YearReminder.arguments(account.name(), start),
                        "accounts/" + account.id()));
                sent.save(new SentReminderRow(occurrence.period().id(), start, account.id(), account.ownerId(),
                        clock.instant()));
                count++;
            }
        }
        // A second node or a rerun that got here first makes the unique key refuse the whole batch: nothing twice.
        sent.flush();
        return count;
    }

    private List<YearReminder> remindersOf(List<CalendarOccurrence> coming) {
        List<AccountSummary> mine = pursuedAccounts(currentUser.requireId());
        if (mine.isEmpty()) {
            return List.of();
        }
        Set<String> done = new HashSet<>();
        sent.findByAccountIdIn(mine.stream().map(AccountSummary::id).toList())
                .forEach(s -> done.add(key(s.getPeriodId(), s.getStartsOn(), s.getAccountId())));
        List<YearReminder> reminders = new ArrayList<>();
        for (CalendarOccurrence occurrence : coming) {
            ReminderRule rule = occurrence.period().reminder();
            LocalDate start = occurrence.dates().from();
            mine.stream().filter(a -> concerns(rule, a)).forEach(a -> reminders.add(new YearReminder(
                    rule.dueOn(start), occurrence, a.id(), a.name(),
                    done.contains(key(occurrence.period().id(), start, a.id())))));
        }
        reminders.sort(Comparator.comparing(YearReminder::dueOn).thenComparing(YearReminder::accountName));
        return reminders;
    }

    private static boolean concerns(ReminderRule rule, AccountSummary account) {
        return !rule.keyAccountsOnly() || account.tier() == Tier.A;
    }

    private static String key(long periodId, LocalDate start, long accountId) {
        return periodId + "/" + start + "/" + accountId;
    }

    /** The accounts still pursued that the caller sees, of one owner or all, page by page. */
    private List<AccountSummary> pursuedAccounts(@Nullable Long ownerId) {
        AccountFilter filter = new AccountFilter("", null, null, ownerId, null, null, false);
        List<AccountSummary> found = new ArrayList<>();
        Page<AccountSummary> page;
        int number = 0;
        do {
            page = accounts.page(filter, PageRequest.of(number++, PAGE_SIZE, Sort.by("id")));
            found.addAll(page.getContent());
        } while (page.hasNext());
        return found;
    }
}
