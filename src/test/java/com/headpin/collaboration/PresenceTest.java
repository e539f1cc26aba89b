package com.headpin.collaboration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.TestClock;
import com.headpin.shared.Actor;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presence on one node: others' expired entries are purged by the heartbeat, a node that stops leaves at once, and a
 * tab is shown only while its UI sends heartbeats (a closed or crashed tab never detaches in time).
 */
class PresenceTest {

    private final TestClock clock = new TestClock();
    private final CollaborationBus bus = new CollaborationBus(new InProcessTransport());
    private final InMemoryPresenceStore store = new InMemoryPresenceStore();
    private final Presence presence = new Presence(store, bus, new UiSubscriptions(bus, new SimpleMeterRegistry()),
            clock);
    private final Topic topic = Topic.of("account:7");
    private final List<Envelope> announced = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeTab() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherNodesUserWhoseHeartbeatsStoppedIsGoneWithinAMinuteWhileOurOwnStay() {
        bus.subscribe(Envelope.PRESENCE, topic, announced::add);
        store.put(entry("other-node:1", "other-node", 11, "孙悦"));
        UI ourTab = openTab(12, "Li Na");
        presence.track(onPage(ourTab), topic);

        tick(Presence.HEARTBEAT);
        assertThat(presence.present(topic)).extracting(PresentUser::name).containsExactly("孙悦", "Li Na");

        clock.advance(Presence.TTL);
        heartbeat(ourTab);
        announced.clear();
        presence.heartbeat();
        assertThat(presence.present(topic)).extracting(PresentUser::name).containsExactly("Li Na");
        assertThat(announced).hasSize(1);
    }

    @Test
    void aNodeThatShutsDownTakesItsUsersAlong() {
        presence.join(entry(bus.nodeId() + ":1", bus.nodeId(), 12, "Li Na"));
        bus.subscribe(Envelope.PRESENCE, topic, announced::add);

        presence.leaveAll();

        assertThat(presence.present(topic)).isEmpty();
        assertThat(presence.localEntries()).isZero();
        assertThat(announced).hasSize(1);
    }

    @Test
    void aTabWhoseHeartbeatsStopIsGoneForEveryoneWithinAMinute() {
        UI tab = openTab(12, "Li Na");
        presence.track(onPage(tab), topic);
        bus.subscribe(Envelope.PRESENCE, topic, announced::add);

        // Open for a while: Vaadin's heartbeat every 30 s keeps the entry renewed.
        for (int i = 0; i < 4; i++) {
            tick(Presence.HEARTBEAT);
            tick(Presence.HEARTBEAT);
            heartbeat(tab);
        }
        assertThat(presence.present(topic)).extracting(PresentUser::name).containsExactly("Li Na");

        // The browser closes without a word (crash, lost network, no unload beacon): the UI stays attached here.
        tick(Presence.HEARTBEAT);
        tick(Presence.HEARTBEAT);
        tick(Presence.HEARTBEAT);
        assertThat(presence.present(topic)).as("45 s without a heartbeat").hasSize(1);
        tick(Presence.HEARTBEAT);
        tick(Presence.HEARTBEAT);
        assertThat(presence.present(topic)).as("75 s without a heartbeat").isEmpty();
        assertThat(announced).as("the others were told").hasSize(1);
        assertThat(tab.isAttached()).isTrue();
    }

    @Test
    void aTabThatKeepsSendingHeartbeatsStaysAndOneHeardFromAgainComesBack() {
        UI tab = openTab(12, "Li Na");
        presence.track(onPage(tab), topic);
        bus.subscribe(Envelope.PRESENCE, topic, announced::add);

        for (int i = 0; i < 20; i++) {
            tick(Presence.HEARTBEAT);
            tick(Presence.HEARTBEAT);
            heartbeat(tab);
            assertThat(presence.present(topic)).extracting(PresentUser::name).containsExactly("Li Na");
        }
        assertThat(announced).as("ten minutes of a tab open: nothing to tell anyone").isEmpty();

        // A laptop asleep for two minutes, then awake again with the tab still open.
        for (int i = 0; i < 8; i++) {
            tick(Presence.HEARTBEAT);
        }
        assertThat(presence.present(topic)).isEmpty();
        heartbeat(tab);
        assertThat(presence.present(topic)).extracting(PresentUser::name).containsExactly("Li Na");
        assertThat(announced).hasSize(2);
    }

    @Test
    void aBoardReadsManyRecordsPresenceAtOnceAndHearsOfAnyOfThemOnOneTopic() {
        Topic other = Topic.of("account:8");
        bus.subscribe(Envelope.PRESENCE, Topic.of("account:*"), announced::add);
        store.put(entry("other-node:1", "other-node", 11, "孙悦"));

        UI tab = openTab(12, "Li Na");
        presence.track(onPage(tab), other);

        assertThat(presence.present(List.of(topic, other, Topic.of("account:9"))))
                .hasEntrySatisfying(topic, users -> assertThat(users).extracting(PresentUser::name)
                        .containsExactly("孙悦"))
                .hasEntrySatisfying(other, users -> assertThat(users).extracting(PresentUser::name)
                        .containsExactly("Li Na"))
                .hasEntrySatisfying(Topic.of("account:9"), users -> assertThat(users).isEmpty());
        assertThat(announced).extracting(Envelope::body).as("the record whose viewers changed").containsExactly("8");
    }

    private UI openTab(long userId, String name) {
        MockVaadin.setup();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new Person(userId, name), null, List.of()));
        return UI.getCurrent();
    }

    private static Div onPage(UI tab) {
        Div view = new Div();
        tab.add(view);
        return view;
    }

    /** What Vaadin does when the browser's heartbeat request arrives. */
    private void heartbeat(UI tab) {
        tab.getInternals().setLastHeartbeatTimestamp(clock.millis());
    }

    private void tick(Duration duration) {
        clock.advance(duration);
        presence.heartbeat();
    }

    private PresenceEntry entry(String key, String node, long userId, String name) {
        return new PresenceEntry(key, topic.name(), userId, name, name.substring(0, 1), node, "session-" + key,
                clock.millis() + Presence.TTL.toMillis() - Duration.ofSeconds(1).toMillis());
    }

    private record Person(long userId, String fullName) implements Actor {
        @Override
        public String initials() {
            return fullName.substring(0, 1);
        }
    }
}
