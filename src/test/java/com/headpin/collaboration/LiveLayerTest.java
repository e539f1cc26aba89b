package com.headpin.collaboration;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestClock;
import com.headpin.TestSessions;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.security.UserTopics;
import com.headpin.security.ui.UsersScreen;
import com.headpin.shared.Topic;
import com.headpin.workspace.WorkspaceTopics;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live layer on the foundation's screens: lists, presence, field indicators, others' saves, no leaks. */
class LiveLayerTest extends KaribuTest {

    private static final String ONLINE = WorkspaceTopics.ONLINE.name();

    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    Presence presence;
    @Autowired
    CollaborationBus bus;
    @Autowired
    Codec codec;
    @Autowired
    PresenceStore presenceStore;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TestClock clock;
    @Autowired
    MeterRegistry meters;

    @Test
    void subscriptionsAndPresenceEndWithTheViewAndTheSession() {
        // Counted from what is already there: the Spring context is shared with the other UI tests.
        int subscriptionsBefore = liveUpdates.activeSubscriptions();
        int presenceBefore = presence.localEntries();
        int listenersBefore = liveUpdates.busListeners();

        openAs("admin");
        navigate("");
        int onHome = liveUpdates.activeSubscriptions();
        navigate("admin/users");
        assertThat(liveUpdates.activeSubscriptions()).isNotEqualTo(onHome);
        assertThat(presence.present(UserTopics.USERS)).extracting(PresentUser::name)
                .containsExactly("赵立新");

        // Back home: the users view's subscriptions and presence are gone, Home's are back.
        navigate("");
        assertThat(liveUpdates.activeSubscriptions()).isEqualTo(onHome);
        assertThat(presence.present(UserTopics.USERS)).isEmpty();

        MockVaadin.tearDown();
        assertThat(liveUpdates.activeSubscriptions()).isEqualTo(subscriptionsBefore);
        assertThat(presence.localEntries()).isEqualTo(presenceBefore);
        assertThat(liveUpdates.busListeners()).isEqualTo(listenersBefore);
    }

    @Test
    void anotherAdministratorsNewUserAppearsInTheOpenListWithoutReload() {
        openAs("admin");
        navigate("admin/users");
        TestSessions.as(userDetails, "admin2", () -> users.create(new com.headpin.security.NewUser("live.new",
                "林晓", null, java.util.EnumSet.of(com.headpin.security.Role.REP), null, "LiveNew2026")));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(UsersScreen.rows()).extracting(UserSummary::username).contains("live.new");
        });
    }

    @Test
    void openUserShowsWhoIsInWhichFieldAndTakesTheirSavedValues() {
        UserSummary target = UsersScreen.stored(users, userDetails, "rep3");
        openAs("admin");
        navigate("admin/users");
        UsersScreen.open("rep3");
        assertThat(_get(AvatarGroup.class, spec -> spec.withId("user-presence")).getItems())
                .extracting(AvatarGroup.AvatarGroupItem::getName).containsExactly("赵立新");

        // Another administrator enters the e-mail field ...
        Topic topic = UserTopics.USER.topic(target.id());
        bus.publish(Envelope.FOCUS, topic, codec.write(new FieldFocus("email", 99, "钱进", 3, true, "other-ui")));
        EmailField email = _get(EmailField.class, spec -> spec.withId("user-email"));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(email.getElement().getAttribute("data-editor")).isEqualTo("钱进");
        });

        // ... while this administrator has an unsaved edit of the e-mail, then saves name and e-mail.
        email.setValue("mine@example.com");
        TestSessions.as(userDetails, "admin2", () -> users.update(new UserChanges(target.id(), target.version(),
                "Emma Clarke-Li", "theirs@example.com", target.roles(), true, target.preferredLanguage())));

        TextField fullName = _get(TextField.class, spec -> spec.withId("user-full-name"));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(fullName.getValue()).isEqualTo("Emma Clarke-Li");
        });
        assertThat(email.getValue()).isEqualTo("mine@example.com");
        assertThat(email.getElement().hasAttribute("data-conflict")).isTrue();
        assertThat(email.getHelperComponent().getElement().getTextRecursively()).contains("钱进",
                "theirs@example.com");

        bus.publish(Envelope.FOCUS, topic, codec.write(new FieldFocus("email", 99, "钱进", 3, false, "other-ui")));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(email.getElement().hasAttribute("data-editor")).isFalse();
        });
        restore(target);
    }

    @Test
    void homeShowsWhoOfTheTeamIsOnline() {
        openAs("rep");
        navigate("");
        com.vaadin.flow.component.html.Div online = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("home-online"));
        assertThat(online.getElement().getTextRecursively()).contains("目前没有其他人在线");

        // 刘洋 (rep2, same team) opens the workspace in another browser; 王伟 is not on the team.
        long rep2 = UsersScreen.stored(users, userDetails, "rep2").id();
        long director = UsersScreen.stored(users, userDetails, "director").id();
        presenceStore.put(new PresenceEntry("test:rep2", ONLINE, rep2, "刘洋", "洋", "other-node", "s1",
                clock.millis() + 60_000));
        presenceStore.put(new PresenceEntry("test:director", ONLINE, director, "王伟", "王伟", "other-node", "s2",
                clock.millis() + 60_000));
        bus.publish(Envelope.PRESENCE, WorkspaceTopics.ONLINE, "");
        try {
            await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
                MockVaadin.clientRoundtrip(false);
                assertThat(online.getElement().getTextRecursively()).contains("刘洋").doesNotContain("王伟");
            });
        } finally {
            presenceStore.remove(ONLINE, "test:rep2");
            presenceStore.remove(ONLINE, "test:director");
        }
    }

    private void restore(UserSummary original) {
        UserSummary now = UsersScreen.stored(users, userDetails, original.username());
        TestSessions.as(userDetails, "admin", () -> users.update(new UserChanges(now.id(), now.version(),
                original.fullName(), original.email(), original.roles(), original.enabled(),
                original.preferredLanguage())));
    }

    @Test
    void anUpdateThatWaitedForTheUiIsDroppedWhenItsComponentClosedMeanwhileAndEveryUpdateIsTimed() {
        openAs("admin");
        navigate("");
        Topic topic = Topic.of("test:closing");
        List<List<Change>> handled = new CopyOnWriteArrayList<>();
        Div panel = new Div();
        UI.getCurrent().add(panel);
        liveUpdates.subscribe(panel, topic, handled::add);
        long timedBefore = meters.get("headpin.live.update.delay").timer().count();

        // The test thread holds the session lock, as a request would: the update queues for the UI ...
        bus.publish(Envelope.CHANGE, topic, codec.write(new Change(topic, "test", 1L, Set.of(), 0, clock.instant())));
        VaadinSession session = VaadinSession.getCurrent();
        await().atMost(Duration.ofSeconds(5)).until(() -> !session.getPendingAccessQueue().isEmpty());
        // ... while the panel closes (a dialog saved and closed, say): nobody is left to show the update to.
        UI.getCurrent().remove(panel);
        MockVaadin.clientRoundtrip(false);
        assertThat(handled).isEmpty();

        UI.getCurrent().add(panel);
        bus.publish(Envelope.CHANGE, topic, codec.write(new Change(topic, "test", 2L, Set.of(), 0, clock.instant())));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(handled).singleElement().satisfies(batch -> assertThat(batch).extracting(Change::recordId)
                    .containsExactly(2L));
        });
        assertThat(meters.get("headpin.live.update.delay").timer().count()).isGreaterThan(timedBefore);
    }

    @Test
    void anUpdateRunsAsTheUserWhoseScreenItIsOnWhicheverThread() {
        openAs("admin");
        navigate("");
        Topic topic = Topic.of("test:viewer");
        List<String> ranAs = new CopyOnWriteArrayList<>();
        Div panel = new Div();
        UI.getCurrent().add(panel);
        liveUpdates.subscribe(panel, topic, changes -> ranAs.add(org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getName()));

        // Another user's change reaches the UI while this thread acts as that user (a second session, say).
        TestSessions.as(userDetails, "rep2", () -> {
            bus.publish(Envelope.CHANGE, topic, codec.write(new Change(topic, "test", 1L, Set.of(), 0,
                    clock.instant())));
            await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
                MockVaadin.clientRoundtrip(false);
                assertThat(ranAs).containsExactly("admin");
            });
            return null;
        });
    }
}
