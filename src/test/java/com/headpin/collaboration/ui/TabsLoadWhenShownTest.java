package com.headpin.collaboration.ui;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTopics;
import com.headpin.collaboration.CommentService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealService;
import com.headpin.deals.DealTopics;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record page's tabs show the record as it is when they are shown: a tab sheet attaches a tab's content only when
 * it is first selected, so content loaded with the page missed what changed before then (until a reload).
 */
class TabsLoadWhenShownTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    DealService deals;
    @Autowired
    CommentService comments;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void theActivityTabShowsWhatChangedBeforeItWasFirstShownAndWhileItWasHidden() {
        long account = TestSessions.as(userDetails, "rep", () -> accounts.page(new AccountFilter("江南信托", null,
                null, null, null, null, true), Pageable.unpaged()).getContent().getFirst().id());
        openAs("rep");
        navigate("accounts/" + account);
        // The profile tab is shown; 刘洋 comments meanwhile.
        TestSessions.as(userDetails, "rep2", () -> comments.add(AccountTopics.ACCOUNT, account, "还没看到的第一条"));
        selectTab("account.tab.activity");
        assertThat(timelineComments()).contains("还没看到的第一条");

        // The comments tab, never shown either.
        selectTab("account.tab.comments");
        assertThat(_get(Div.class, spec -> spec.withId("comments-list")).getElement().getTextRecursively())
                .contains("还没看到的第一条");

        // Once shown, a tab stays attached (hidden) and follows the record live.
        selectTab("account.tab.profile");
        TestSessions.as(userDetails, "rep2", () -> comments.add(AccountTopics.ACCOUNT, account, "隐藏时的第二条"));
        selectTab("account.tab.activity");
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(timelineComments()).contains("还没看到的第一条", "隐藏时的第二条");
        });
    }

    @Test
    void theDealPagesActivityTabIsNotStaleEither() {
        long deal = TestSessions.as(userDetails, "rep", () -> deals.page(new DealFilter("", null, null, null, null),
                Pageable.ofSize(1)).getContent().getFirst().id());
        openAs("rep");
        navigate("deals/" + deal);
        // The same user in another tab.
        TestSessions.as(userDetails, "rep", () -> comments.add(DealTopics.DEAL, deal, "项目页上的新评论"));
        selectTab("deal.tab.activity");
        assertThat(timelineComments()).contains("项目页上的新评论");
    }

    private static List<String> timelineComments() {
        return _find(Div.class, spec -> spec.withClasses("timeline-comment")).stream().map(Div::getText).toList();
    }
}
