package com.headpin.collaboration.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.headpin.KaribuTest;
import com.headpin.TestClock;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTopics;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.CommentItem;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.NotificationService;
import com.headpin.collaboration.PostedComment;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentsThreadTest extends KaribuTest {

    private static final RecordType ACCOUNT = AccountTopics.ACCOUNT;

    @Autowired
    AccountService accounts;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TestClock clock;
    @Autowired
    LiveUpdates live;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void markupIsShownAsTextAndLinksAreClickable() {
        long account = account("rep", "东海证券");
        openAs("rep");
        navigate("accounts/" + account);
        CommentsThread thread = new CommentsThread(comments, live, ACCOUNT, account);
        com.vaadin.flow.component.UI.getCurrent().add(thread);
        _get(thread, TextArea.class, spec -> spec.withId("comment-input"))
                .setValue("<img src=x onerror=alert(1)>\nsee https://example.cn/case?a=1 please");
        _click(_get(thread, Button.class, spec -> spec.withId("comment-post")));

        Div list = _get(thread, Div.class, spec -> spec.withId("comments-list"));
        Div body = _get(list, Div.class, spec -> spec.withClasses("comment-body"));
        assertThat(body.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)>");
        assertThat(body.getElement().getOuterHTML()).doesNotContain("<img");
        Anchor link = _get(body, Anchor.class);
        assertThat(link.getHref()).isEqualTo("https://example.cn/case?a=1");
    }

    @Test
    void aMentionNotifiesOnlyPeopleWhoMaySeeTheRecordAndTheBellCountsIt() {
        long account = account("rep", "江南信托");
        long before = TestSessions.as(userDetails, "rep2", notifications::unreadCount);
        // Other tests' deals may have told rep3 of red flags: only the mention's notification counts here.
        long rep3Before = TestSessions.as(userDetails, "rep3", notifications::unreadCount);
        PostedComment posted = TestSessions.as(userDetails, "rep", () -> {
            assertThat(comments.mentionable(ACCOUNT, account)).extracting(m -> m.username())
                    .contains("rep2", "manager").doesNotContain("rep3");
            return comments.add(ACCOUNT, account, "@rep2 please prepare the demo; @rep3 cannot see this");
        });
        // Usernames typed by hand are stored as names; the writer learns who was named but cannot see it.
        assertThat(posted.comment().body()).isEqualTo("@刘洋 please prepare the demo; @Emma Clarke cannot see this");
        assertThat(posted.notNotified()).containsExactly("Emma Clarke");
        assertThat(TestSessions.as(userDetails, "rep2", notifications::unreadCount)).isEqualTo(before + 1);
        assertThat(TestSessions.as(userDetails, "rep3", notifications::unreadCount)).isEqualTo(rep3Before);
        // Through the notifications API: the key and its arguments, and the account's page as the link.
        assertThat(TestSessions.as(userDetails, "rep2", () -> notifications.unread(1, Locale.CHINA))).singleElement()
                .satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("notifications.mention");
                    assertThat(n.recordName()).isEqualTo("江南信托");
                    assertThat(n.arguments()).containsExactly("张敏",
                            "@刘洋 please prepare the demo; @Emma Clarke cannot see this");
                    assertThat(n.link()).isEqualTo("accounts/" + account);
                });

        openAs("rep2");
        navigate("");
        assertThat(notifications.unreadCount()).as("service in the UI session").isEqualTo(before + 1);
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText())
                .isEqualTo(String.valueOf(before + 1));
        _click(_get(Button.class, spec -> spec.withId("notifications-read-all")));
        // The count hides when nothing is unread (Karibu finds visible components only).
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).isEmpty();
    }

    @Test
    void typingAtSuggestsPeopleWhoMaySeeTheRecordByName() {
        long account = account("rep", "沪上人寿保险");
        openAs("rep");
        navigate("accounts/" + account);
        CommentsThread thread = new CommentsThread(comments, live, ACCOUNT, account);
        com.vaadin.flow.component.UI.getCurrent().add(thread);
        TextArea input = _get(thread, TextArea.class, spec -> spec.withId("comment-input"));
        input.setValue("Ask @re");
        List<Button> offered = _find(thread, Button.class, spec -> spec.withId("mention-rep2"));
        assertThat(offered).hasSize(1);
        assertThat(offered.getFirst().getText()).isEqualTo("刘洋");
        assertThat(_find(thread, Button.class, spec -> spec.withId("mention-rep3"))).isEmpty();
        // Any part of a Chinese name finds them.
        input.setValue("Ask @洋");
        assertThat(_find(thread, Button.class, spec -> spec.withId("mention-rep2"))).hasSize(1);
        _click(_get(thread, Button.class, spec -> spec.withId("mention-rep2")));
        assertThat(input.getValue()).isEqualTo("Ask @刘洋 ");
    }

    @Test
    void englishNamesAreFoundByAnyPartAndTheCommentKeepsTheName() {
        long account = account("rep3", "");
        openAs("rep3");
        navigate("accounts/" + account);
        CommentsThread thread = new CommentsThread(comments, live, ACCOUNT, account);
        com.vaadin.flow.component.UI.getCurrent().add(thread);
        TextArea input = _get(thread, TextArea.class, spec -> spec.withId("comment-input"));
        input.setValue("Thanks @walk");
        _click(_get(thread, Button.class, spec -> spec.withId("mention-north.director")));
        assertThat(input.getValue()).isEqualTo("Thanks @James Walker ");
        input.setValue(input.getValue() + "for the intro");
        _click(_get(thread, Button.class, spec -> spec.withId("comment-post")));
        assertThat(comments.list(ACCOUNT, account).getLast().body()).isEqualTo("Thanks @James Walker for the intro");
        assertThat(_find(thread, Span.class, spec -> spec.withId("mention-not-notified"))).isEmpty();
    }

    @Test
    void theWriterIsToldAtOnceWhenSomeoneNamedCannotSeeTheRecordAndTheCommentIsSaved() {
        long account = account("rep", "江南信托");
        openAs("rep");
        navigate("accounts/" + account);
        CommentsThread thread = new CommentsThread(comments, live, ACCOUNT, account);
        com.vaadin.flow.component.UI.getCurrent().add(thread);
        _get(thread, TextArea.class, spec -> spec.withId("comment-input"))
                .setValue("@Emma Clarke 和 @刘洋 请看一下");
        _click(_get(thread, Button.class, spec -> spec.withId("comment-post")));
        assertThat(_get(thread, Span.class, spec -> spec.withId("mention-not-notified")).getText())
                .isEqualTo("Emma Clarke 无权查看此记录，未收到通知。评论已保存。");
        assertThat(comments.list(ACCOUNT, account)).extracting(CommentItem::body)
                .contains("@Emma Clarke 和 @刘洋 请看一下");
    }

    @Test
    void authorsChangeTheirOwnCommentsForFifteenMinutesOnly() {
        long account = account("rep", "金陵银行");
        CommentItem mine = TestSessions.as(userDetails, "rep", () -> comments.add(ACCOUNT, account, "first"))
                .comment();
        assertThatThrownBy(() -> TestSessions.as(userDetails, "rep2", () -> comments.edit(mine.id(), "hijack")))
                .isInstanceOf(InvalidInputException.class);
        TestSessions.as(userDetails, "rep", () -> comments.edit(mine.id(), "first, edited"));
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> TestSessions.as(userDetails, "rep", () -> comments.edit(mine.id(), "late")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TestSessions.as(userDetails, "rep3", () -> comments.list(ACCOUNT, account)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestSessions.as(userDetails, "rep", () -> comments.add(ACCOUNT, account,
                "x".repeat(5000)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCommentChangedInAnotherTabIsNotDeletedFromTheOlderCopy() {
        long account = account("rep", "东海证券");
        openAs("rep");
        navigate("accounts/" + account);
        CommentItem comment = comments.add(ACCOUNT, account, "delete me").comment();
        // Shown, then detached, so no live update refreshes it: it keeps the copy it rendered, as a thread does
        // until the update arrives.
        CommentsThread thread = new CommentsThread(comments, live, ACCOUNT, account);
        com.vaadin.flow.component.UI.getCurrent().add(thread);
        com.vaadin.flow.component.UI.getCurrent().remove(thread);
        // The same author edits the comment in another tab.
        comments.edit(comment.id(), "keep me, edited");
        _click(_get(thread, Button.class, spec -> spec.withId("comment-delete-" + comment.id())));
        assertThat(comments.list(ACCOUNT, account)).extracting(CommentItem::body).contains("keep me, edited");

        CommentItem current = comments.list(ACCOUNT, account).stream().filter(c -> c.id() == comment.id())
                .findFirst().orElseThrow();
        assertThat(current.version()).isGreaterThan(comment.version());
        _click(_get(thread, Button.class, spec -> spec.withId("comment-delete-" + comment.id())));
        assertThat(comments.list(ACCOUNT, account)).extracting(CommentItem::id).doesNotContain(comment.id());
    }

    private long account(String user, String name) {
        return TestSessions.as(userDetails, user, () -> accounts.page(new AccountFilter(name, null, null, null,
                null, null, true), Pageable.unpaged()).getContent().getFirst().id());
    }
}
