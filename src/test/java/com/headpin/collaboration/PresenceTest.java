package com.headpin.collaboration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.headpin.TestClock;
import com.headpin.shared.Topic;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Presence on one node: others' expired entries are purged by the heartbeat, and a node that stops leaves at once. */
class PresenceTest {

    private final TestClock clock = new TestClock();
    private final CollaborationBus bus = new CollaborationBus(new InProcessTransport());
    private final InMemoryPresenceStore store = new InMemoryPresenceStore();
    private final Presence presence = new Presence(store, bus, new UiSubscriptions(bus, new SimpleMeterRegistry()),
            clock);
    private final Topic topic = Topic.of("account:7");
    private final List<Envelope> announced = new CopyOnWriteArrayList<>();

    @Test
    void anotherNodesUserWhoseHeartbeatsStoppedIsGoneWithinAMinuteWhileOurOwnStay() {
        bus.subscribe(Envelope.PRESENCE, topic, announced::add);
        store.put(entry("other-node:1", "other-node", 11, "孙悦"));
        presence.join(entry(bus.nodeId() + ":1", bus.nodeId(), 12, "Li Na"));

        clock.advance(Presence.HEARTBEAT);
        presence.heartbeat();
        assertThat(presence.present(topic)).extracting(PresentUser::name).containsExactly("孙悦", "Li Na");

        clock.advance(Presence.TTL);
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

    private PresenceEntry entry(String key, String node, long userId, String name) {
        return new PresenceEntry(key, topic.name(), userId, name, name.substring(0, 1), node, "session-" + key,
                clock.millis() + Presence.TTL.toMillis() - Duration.ofSeconds(1).toMillis());
    }
}
