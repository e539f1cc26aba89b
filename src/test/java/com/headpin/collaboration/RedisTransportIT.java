package com.headpin.collaboration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.headpin.PrivateRedis;
import com.headpin.TestClock;
import com.headpin.TwoNodes;
import com.headpin.shared.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Headpin nodes in one JVM, joined by a real Redis: a change on node A reaches node B, A ignores its own echo,
 * a broadcast arrives typed, delivery resumes after Redis restarts, and the users of a node that crashed leave the
 * others' presence ({@link TwoNodes}: a private Redis, one movable clock).
 */
class RedisTransportIT {

    private static final TestClock CLOCK = new TestClock();
    private static TwoNodes nodes;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startRedisAndTwoNodes() throws Exception {
        assumeThat(PrivateRedis.available()).as("redis-server not installed").isTrue();
        nodes = TwoNodes.start(CLOCK, "node-a", "node-b");
        nodeA = nodes.a();
        nodeB = nodes.b();
    }

    @AfterAll
    static void stopAll() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aChangeOnOneNodeReachesTheOtherAndTheOwnEchoIsIgnored() {
        CollaborationBus a = nodeA.getBean(CollaborationBus.class);
        CollaborationBus b = nodeB.getBean(CollaborationBus.class);
        List<Envelope> seenByA = new CopyOnWriteArrayList<>();
        List<Envelope> seenByB = new CopyOnWriteArrayList<>();
        Topic topic = Topic.of("it:echo");
        a.subscribe(Envelope.CHANGE, topic, seenByA::add);
        b.subscribe(Envelope.CHANGE, topic, seenByB::add);
        Topic marker = Topic.of("it:marker");
        List<Envelope> markerAtA = new CopyOnWriteArrayList<>();
        a.subscribe(Envelope.CHANGE, marker, markerAtA::add);

        a.publish(Envelope.CHANGE, topic, "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> seenByB.size() == 1);
        // Redis delivers in order: once B's later marker reached A, A's own echo has come back and was dropped.
        b.publish(Envelope.CHANGE, marker, "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> markerAtA.size() == 1);
        assertThat(seenByA).hasSize(1);
        assertThat(seenByB.getFirst().node()).isEqualTo(a.nodeId());
    }

    record NowShowing(long dealId, String presenter) {
    }

    record SessionEnded(long userId) {
    }

    @Test
    void aBroadcastReachesTheOtherNodeAsTheTypeEachListenerAskedFor() {
        Broadcasts atA = nodeA.getBean(Broadcasts.class);
        Broadcasts atB = nodeB.getBean(Broadcasts.class);
        Topic meeting = Topic.of("it:meeting");
        List<NowShowing> shownAtB = new CopyOnWriteArrayList<>();
        List<SessionEnded> endedAtB = new CopyOnWriteArrayList<>();
        atB.listen(meeting, NowShowing.class, shownAtB::add);
        atB.listen(meeting, SessionEnded.class, endedAtB::add);

        atA.send(meeting, new NowShowing(42, "张敏"));
        atA.send(meeting, new SessionEnded(7));
        // Redis delivers in order: once the second payload is at B, so is the first.
        await().atMost(Duration.ofSeconds(10)).until(() -> !endedAtB.isEmpty());
        assertThat(shownAtB).containsExactly(new NowShowing(42, "张敏"));
        assertThat(endedAtB).containsExactly(new SessionEnded(7));
    }

    @Test
    void whenRedisStopsLocalUsersKeepTheirUpdatesAndDeliveryResumesWhenItIsBack() throws Exception {
        CollaborationBus a = nodeA.getBean(CollaborationBus.class);
        CollaborationBus b = nodeB.getBean(CollaborationBus.class);
        Topic topic = Topic.of("it:restart");
        List<Envelope> seenByA = new CopyOnWriteArrayList<>();
        List<Envelope> seenByB = new CopyOnWriteArrayList<>();
        a.subscribe(Envelope.CHANGE, topic, seenByA::add);
        b.subscribe(Envelope.CHANGE, topic, seenByB::add);

        nodes.redis().stop();
        a.publish(Envelope.CHANGE, topic, "{\"while\":\"down\"}");
        assertThat(seenByA).hasSize(1);

        nodes.redis().restart();
        // The listener container resubscribes every 2 s; keep announcing until B hears one.
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).until(() -> {
            a.publish(Envelope.CHANGE, topic, "{\"after\":\"restart\"}");
            return seenByB.stream().anyMatch(e -> e.body().contains("restart"));
        });
    }

    @Test
    void theUsersOfACrashedNodeLeaveWithinAMinuteWhileLiveNodesKeepTheirs() {
        Presence atA = nodeA.getBean(Presence.class);
        Presence atB = nodeB.getBean(Presence.class);
        CollaborationBus b = nodeB.getBean(CollaborationBus.class);
        Topic topic = Topic.of("it:presence");
        List<Envelope> presenceChangesAtB = new CopyOnWriteArrayList<>();
        b.subscribe(Envelope.PRESENCE, topic, presenceChangesAtB::add);
        long now = CLOCK.millis();
        // What a node that died a moment ago leaves in Redis: its last heartbeat, and nobody to renew it.
        nodeB.getBean(PresenceStore.class).put(new PresenceEntry("crashed:1", topic.name(), 501, "孙悦", "悦",
                "crashed-node", "s-crashed", now + Presence.TTL.toMillis()));
        String nodeIdA = nodeA.getBean(CollaborationBus.class).nodeId();
        atA.join(new PresenceEntry(nodeIdA + ":1", topic.name(), 502, "Li Na", "LN", nodeIdA, "s-live",
                now + Presence.TTL.toMillis()));
        await().atMost(Duration.ofSeconds(10)).until(() -> atB.present(topic).size() == 2);

        // Half a minute on, node A renews its user; the crashed node does not.
        CLOCK.advance(Duration.ofSeconds(30));
        atA.heartbeat();
        assertThat(atB.present(topic)).extracting(PresentUser::name).containsExactlyInAnyOrder("孙悦", "Li Na");

        // A minute after the crash, the next heartbeat on B purges the crashed entry and tells B's viewers.
        int changesBefore = presenceChangesAtB.size();
        CLOCK.advance(Duration.ofSeconds(30));
        atB.heartbeat();
        assertThat(atB.present(topic)).extracting(PresentUser::name).containsExactly("Li Na");
        assertThat(presenceChangesAtB).hasSizeGreaterThan(changesBefore);
        assertThat(atA.present(topic)).extracting(PresentUser::name).containsExactly("Li Na");
    }
}
