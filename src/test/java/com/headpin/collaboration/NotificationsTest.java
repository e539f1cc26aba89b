package com.headpin.collaboration;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTopics;
import com.headpin.security.SystemAuthentication;
import com.headpin.security.UserAccountService;
import com.headpin.security.ui.UsersScreen;
import com.headpin.shared.RecordType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Any module's notifications: stored with the caller's transaction, live in the bell, translated when shown. */
class NotificationsTest extends KaribuTest {

    private static final RecordType ACCOUNT = AccountTopics.ACCOUNT;

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository stored;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNotificationReachesTheOpenBellInTheRecipientsLanguageAndItsClickOpensTheRecord() {
        long account = account("东海证券");
        long rep2 = userId("rep2");
        openAs("rep2");
        navigate("");
        long before = notifications.unreadCount();

        TestSessions.as(userDetails, "rep", () -> {
            notifier.notify(Set.of(rep2), NotificationRequest.about(ACCOUNT, account, "accounts/" + account,
                    "notifications.mention", "张敏", "请准备下周的演示"));
            return null;
        });

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText())
                    .isEqualTo(String.valueOf(before + 1));
        });
        // Stored as key and arguments; 刘洋 reads Chinese, under the account's name; a link to its page.
        Anchor newest = _find(Anchor.class, spec -> spec.withClasses("notification-item")).getFirst();
        assertThat(_get(newest, Span.class, spec -> spec.withClasses("notification-record")).getText())
                .isEqualTo("东海证券");
        assertThat(_get(newest, Span.class, spec -> spec.withClasses("notification-text")).getText())
                .isEqualTo("张敏 提到了您：请准备下周的演示");
        assertThat(newest.getHref()).isEqualTo("accounts/" + account);

        // The click marks it read; the browser follows the link.
        _fireDomEvent(newest, "click", JacksonUtils.createObjectNode());
        assertThat(notifications.unreadCount()).isEqualTo(before);
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).extracting(Span::getText)
                .isEqualTo(before == 0 ? List.of() : List.of(String.valueOf(before)));
        navigate(newest.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("accounts/" + account);
    }

    @Test
    void openingARecordsPageReadsItsNotificationsHoweverItWasOpened() {
        long account = account("金陵银行");
        long other = account("东海证券");
        long rep2 = userId("rep2");
        openAs("rep2");
        navigate("");
        long before = notifications.unreadCount();
        TestSessions.as(userDetails, "rep", () -> {
            notifier.notify(Set.of(rep2), NotificationRequest.about(ACCOUNT, account, "accounts/" + account,
                    "notifications.mention", "张敏", "看一下这个客户"));
            notifier.notify(Set.of(rep2), NotificationRequest.about(ACCOUNT, other, "accounts/" + other,
                    "notifications.mention", "张敏", "还有这个"));
            return null;
        });
        MockVaadin.clientRoundtrip(false);
        assertThat(notifications.unreadCount()).isEqualTo(before + 2);

        // From the accounts list, not from the bell: that account's notification is read, the other's is not.
        navigate("accounts/" + account);
        assertThat(notifications.unreadCount()).isEqualTo(before + 1);
        assertThat(notifications.unread(100, Locale.ENGLISH)).extracting(NotificationItem::recordId)
                .contains(other).doesNotContain(account);
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText())
                .isEqualTo(String.valueOf(before + 1));
    }

    @Test
    void theActingUserIsNotNotifiedAndARolledBackChangeNotifiesNobody() {
        long account = account("金陵银行");
        long rep = userId("rep");
        long rep2 = userId("rep2");
        long repBefore = TestSessions.as(userDetails, "rep", notifications::unreadCount);
        long rep2Before = TestSessions.as(userDetails, "rep2", notifications::unreadCount);

        TestSessions.as(userDetails, "rep", () -> transactions.execute(tx -> {
            notifier.notify(Set.of(rep, rep2), NotificationRequest.about(ACCOUNT, account, "", "notifications.mention",
                    "张敏", "rolled back"));
            tx.setRollbackOnly();
            return null;
        }));
        assertThat(TestSessions.as(userDetails, "rep2", notifications::unreadCount)).isEqualTo(rep2Before);

        TestSessions.as(userDetails, "rep", () -> {
            notifier.notify(Set.of(rep, rep2), NotificationRequest.about(ACCOUNT, account, "", "notifications.mention",
                    "张敏", "kept"));
            return null;
        });
        assertThat(TestSessions.as(userDetails, "rep", notifications::unreadCount)).isEqualTo(repBefore);
        assertThat(TestSessions.as(userDetails, "rep2", notifications::unreadCount)).isEqualTo(rep2Before + 1);

        // A scheduled job runs as the system user, which is nobody's actor: the recipient is notified.
        SystemAuthentication.runAsAdmin(() -> notifier.notify(Set.of(rep2),
                NotificationRequest.about(ACCOUNT, account, "", "notifications.mention", "Headpin",
                        "reminder")));
        assertThat(TestSessions.as(userDetails, "rep2", notifications::unreadCount)).isEqualTo(rep2Before + 2);
    }

    @Test
    void aNotificationAboutARecordTheRecipientCannotSeeIsStoredButNeitherListedNorCounted() {
        long banking = account("华东商业银行");
        long rep3 = userId("rep3");
        long before = TestSessions.as(userDetails, "rep3", notifications::unreadCount);

        TestSessions.as(userDetails, "rep", () -> {
            notifier.notify(Set.of(rep3), NotificationRequest.about(ACCOUNT, banking, "accounts/" + banking,
                    "notifications.mention", "张敏", "secret plans"));
            return null;
        });

        assertThat(stored.unreadPerRecord(rep3)).extracting(NotificationRepository.UnreadPerRecord::recordId)
                .contains(banking);
        assertThat(TestSessions.as(userDetails, "rep3", notifications::unreadCount)).isEqualTo(before);
        List<NotificationItem> shown = TestSessions.as(userDetails, "rep3", () -> notifications.unread(100, Locale.ENGLISH));
        assertThat(shown).extracting(NotificationItem::recordId).doesNotContain(banking);
    }

    private long account(String name) {
        return TestSessions.as(userDetails, "rep", () -> accounts.page(new AccountFilter(name, null, null, null,
                null, null, true), Pageable.unpaged()).getContent().getFirst().id());
    }

    private long userId(String username) {
        return UsersScreen.stored(users, userDetails, username).id();
    }
}
