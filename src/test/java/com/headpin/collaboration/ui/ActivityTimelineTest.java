package com.headpin.collaboration.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineEntry.Kind;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.security.UserTopics;
import com.headpin.security.ui.UsersScreen;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The activity timeline in the user form: what changed, by whom, and others' changes appended while it is open. */
class ActivityTimelineTest extends KaribuTest {

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    LiveUpdates liveUpdates;

    @Test
    void showsWhoChangedWhatAndAppendsAnotherAdministratorsChangeLive() {
        UserSummary created = TestSessions.as(userDetails, "admin", () -> users.create(new NewUser("timeline.live",
                "郑凯", null, EnumSet.of(Role.REP), "en", "Timeline2026pw")));
        UserSummary renamed = TestSessions.as(userDetails, "admin2", () -> users.update(new UserChanges(created.id(),
                created.version(), "郑凯文", null, created.roles(), true, "en")));
        openAs("admin");
        navigate("admin/users");
        UsersScreen.open("timeline.live");

        ActivityTimeline timeline = _get(ActivityTimeline.class, spec -> spec.withId("user-timeline"));
        assertThat(lines(timeline)).hasSize(2);
        assertThat(lines(timeline).get(0)).startsWith("钱进 changed Full name from 郑凯 to 郑凯文 · ");
        assertThat(lines(timeline).get(1)).startsWith("赵立新 created this record · ");

        TestSessions.as(userDetails, "admin2", () -> users.update(new UserChanges(renamed.id(), renamed.version(),
                "郑凯文", "zheng@example.com", renamed.roles(), true, "en")));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(lines(timeline)).hasSize(3);
        });
        assertThat(_get(ActivityTimeline.class, spec -> spec.withId("user-timeline"))).isSameAs(timeline);
        assertThat(lines(timeline).get(0)).startsWith("钱进 set E-mail to zheng@example.com · ");
    }

    @Test
    void rendersChineseSentencesAndDatesAndCommentsAsPlainText() {
        openAs("admin2");
        navigate("");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        // Times show on the company's wall clock (Asia/Shanghai by default), whatever the server's zone.
        ZoneId company = ZoneId.of("Asia/Shanghai");
        var at = LocalDateTime.of(2026, 3, 15, 14, 5).atZone(company).toInstant();
        Timeline timeline = mock(Timeline.class);
        when(timeline.zone()).thenReturn(company);
        when(timeline.entries(any(), anyLong(), any())).thenReturn(List.of(
                new TimelineEntry(at, 7, "刘洋", Kind.COMMENTED, null, null, "<b>不是粗体</b>\n第二行"),
                new TimelineEntry(at, 5, "王伟", Kind.FIELD_CHANGED, "user.full-name", "A", "B"),
                new TimelineEntry(at, 0, "System", Kind.CREATED, null, null, null)));

        ActivityTimeline shown = new ActivityTimeline(timeline, liveUpdates, UserTopics.USER, 1);
        UI.getCurrent().add(shown);

        assertThat(lines(shown)).containsExactly(
                "刘洋 发表了评论 · 2026年3月15日 14:05<b>不是粗体</b>\n第二行",
                "王伟 将 姓名 从 A 改为 B · 2026年3月15日 14:05",
                "系统 创建了此记录 · 2026年3月15日 14:05");
        Div comment = _find(shown, Div.class, spec -> spec.withClasses("timeline-comment")).getFirst();
        assertThat(comment.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(comment.getElement().getText()).isEqualTo("<b>不是粗体</b>\n第二行");
    }

    private static List<String> lines(ActivityTimeline timeline) {
        return _find(timeline, Div.class, spec -> spec.withClasses("timeline-entry")).stream()
                .map(row -> row.getElement().getTextRecursively()).toList();
    }
}
