package com.headpin.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.headpin.HeadpinTest;
import com.headpin.TestClock;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.Tier;
import com.headpin.collaboration.NotificationItem;
import com.headpin.collaboration.NotificationService;
import com.headpin.scheduling.ClusterJob;
import com.headpin.security.CurrentUser;
import com.headpin.security.SystemAuthentication;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.HeadpinI18NProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The daily customer's-year job: a period's reminder reaches each account owner on its day (not before), once per
 * account and occurrence however often the job runs, only for the accounts they own, in their language.
 */
@HeadpinTest
class CustomerYearRemindersIT {

    private static final String KEEP_IN_TOUCH = ReminderAction.KEEP_IN_TOUCH.messageKey();
    private static final String MEET = ReminderAction.MEET_DECISION_MAKER.messageKey();

    @Autowired
    ApplicationContext context;
    @Autowired
    CompanyCalendarService calendar;
    @Autowired
    CustomerYearService customerYear;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    BusinessCalendar businessCalendar;
    @Autowired
    HeadpinI18NProvider i18n;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private CalendarPeriod added;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (added != null) {
            SystemAuthentication.runAsAdmin(() -> calendar.delete(added.id(), added.version()));
        }
        jdbc.update("delete from notifications where message_key in (?, ?)", KEEP_IN_TOUCH, MEET);
    }

    @Test
    void theReminderReachesEachOwnerOnItsDayOnceForTheAccountsTheyOwn() {
        added = SystemAuthentication.runAsAdmin(() -> calendar.save(new CalendarPeriodInput(null, 0,
                PeriodKind.OTHER, "Customer open day", LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 12), false,
                false, new CalendarPeriodInput.ReminderInput(true, 10, ReminderAction.KEEP_IN_TOUCH, false))));

        on(LocalDate.of(2031, 2, 27));
        assertThat(runJob()).isZero();
        assertThat(sent(KEEP_IN_TOUCH)).isEmpty();

        on(LocalDate.of(2031, 2, 28));
        List<AccountSummary> pursued = SystemAuthentication.runAsAdmin(() -> accounts.page(AccountFilter.ALL_ACTIVE,
                PageRequest.of(0, 1000)).getContent());
        assertThat(runJob()).isEqualTo(pursued.size());
        Map<Long, Long> ownerByAccount = pursued.stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::ownerId));
        assertThat(sent(KEEP_IN_TOUCH)).as("one per account, to its owner").isEqualTo(ownerByAccount);

        runJob();
        on(LocalDate.of(2031, 3, 5));
        runJob();
        assertThat(sent(KEEP_IN_TOUCH)).as("a rerun and a later day send nothing twice").isEqualTo(ownerByAccount);

        // rep3 (English) is told about her own accounts only, by name, linked to the account.
        long rep3 = as("rep3", currentUser::requireId);
        Set<Long> hers = pursued.stream().filter(a -> a.ownerId() == rep3).map(AccountSummary::id)
                .collect(Collectors.toSet());
        assertThat(hers).isNotEmpty();
        List<NotificationItem> told = as("rep3", () -> notifications.unread(200, HeadpinI18NProvider.ENGLISH))
                .stream().filter(n -> n.messageKey().equals(KEEP_IN_TOUCH)).toList();
        assertThat(told).extracting(NotificationItem::recordId).containsExactlyInAnyOrderElementsOf(hers);
        NotificationItem first = told.getFirst();
        String name = pursued.stream().filter(a -> a.id() == first.recordId()).findFirst().orElseThrow().name();
        assertThat(first.link()).isEqualTo("accounts/" + first.recordId());
        assertThat(text(first, HeadpinI18NProvider.ENGLISH)).isEqualTo("From March 10: get in touch with " + name);
        assertThat(text(first, HeadpinI18NProvider.CHINESE)).isEqualTo("3月10日起：与" + name + "保持联系");
    }

    @Test
    void aKeyAccountSeasonRemindsOnlyForTierAAndTheRepSeesItComing() {
        // The seeded planning season (1 Nov, 14 days ahead, key accounts): due on 18 Oct.
        on(LocalDate.of(2031, 10, 1));
        List<AccountSummary> keyAccounts = SystemAuthentication.runAsAdmin(() -> accounts.page(
                new AccountFilter("", Tier.A, null, null, null, null, false), PageRequest.of(0, 1000)).getContent());
        assertThat(keyAccounts).isNotEmpty();
        AccountSummary some = keyAccounts.getFirst();
        CustomerYear coming = asOwner(some, () -> customerYear.year(2031));
        assertThat(coming.myReminders()).filteredOn(r -> r.accountId() == some.id())
                .anySatisfy(r -> {
                    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2031, 10, 18));
                    assertThat(r.action()).isEqualTo(ReminderAction.MEET_DECISION_MAKER);
                    assertThat(r.sent()).isFalse();
                });

        on(LocalDate.of(2031, 10, 17));
        runJob();
        assertThat(sent(MEET)).isEmpty();
        on(LocalDate.of(2031, 10, 18));
        runJob();
        assertThat(sent(MEET).keySet()).containsExactlyInAnyOrderElementsOf(
                keyAccounts.stream().map(AccountSummary::id).toList());
        assertThat(asOwner(some, () -> customerYear.year(2031)).myReminders())
                .filteredOn(r -> r.accountId() == some.id() && r.action() == ReminderAction.MEET_DECISION_MAKER)
                .allSatisfy(r -> assertThat(r.sent()).isTrue());
        jdbc.update("delete from calendar_reminders_sent where starts_on = ?", LocalDate.of(2031, 11, 1));
    }

    private int runJob() {
        ClusterJob job = context.getBeansOfType(ClusterJob.class).values().stream()
                .filter(j -> j.name().equals("planning.customer-year-reminders")).findFirst().orElseThrow();
        int before = count();
        SystemAuthentication.runAsAdmin(job::run);
        return count() - before;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from calendar_reminders_sent", Integer.class);
    }

    /** Account id → recipient of the notifications with this key. */
    private Map<Long, Long> sent(String key) {
        Map<Long, Long> found = new HashMap<>();
        jdbc.query("select record_id, recipient_id from notifications where message_key = ?",
                rs -> {
                    Long before = found.put(rs.getLong(1), rs.getLong(2));
                    assertThat(before).as("a second notification for account " + rs.getLong(1)).isNull();
                }, key);
        return found;
    }

    private String text(NotificationItem item, java.util.Locale locale) {
        return i18n.getTranslation(item.messageKey(), locale, item.arguments().toArray());
    }

    private void on(LocalDate day) {
        clock.stopAt(day.atTime(LocalTime.of(7, 0)).atZone(businessCalendar.zone()).toInstant());
    }

    private <T> T asOwner(AccountSummary account, Supplier<T> work) {
        String username = jdbc.queryForObject("select username from app_users where id = ?", String.class,
                account.ownerId());
        return as(username, work);
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }
}
