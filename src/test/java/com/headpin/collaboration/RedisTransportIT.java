package com.headpin.collaboration;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.headpin.HeadpinApplication;
import com.headpin.TestClock;
import com.headpin.shared.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Headpin nodes in one JVM, joined by a real Redis: a change on node A reaches node B, A ignores its own echo,
 * a broadcast arrives typed, delivery resumes after Redis restarts, and the users of a node that crashed leave the others' presence. Uses a
 * private redis-server on a free port, so that stopping it does not disturb anything else using the machine's Redis
 * on 6379. Both nodes share one movable clock, as nodes with synchronised clocks would.
 */
class RedisTransportIT {

    private static Process redis;
    private static int port;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    /** Each Spring context installs its own security-context strategy globally; the other tests need theirs back. */
    private static SecurityContextHolderStrategy testsStrategy;
    private static final TestClock CLOCK = new TestClock();

    @BeforeAll
    static void startRedisAndTwoNodes() throws Exception {
        assumeThat(redisServer() != null || "true".equals(System.getenv("HEADPIN_REQUIRE_REDIS")))
                .as("redis-server not installed").isTrue();
        testsStrategy = SecurityContextHolder.getContextHolderStrategy();
        port = freePort();
        startRedis();
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stopAll() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (redis != null) {
            redis.destroyForcibly();
        }
        if (testsStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(testsStrategy);
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

        redis.destroy();
        assertThat(redis.waitFor(10, TimeUnit.SECONDS)).isTrue();
        a.publish(Envelope.CHANGE, topic, "{\"while\":\"down\"}");
        assertThat(seenByA).hasSize(1);

        startRedis();
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

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(HeadpinApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("testClock", Clock.class,
                        () -> CLOCK, definition -> definition.setPrimary(true)))
                .run(
                "--server.port=0",
                // Not the surrounding test run's profiles (e.g. mysql-it): each node has its own in-memory H2.
                "--spring.profiles.active=node",
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:node-" + name
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--headpin.demo-data=false",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off");
    }

    private static void startRedis() throws IOException {
        redis = new ProcessBuilder(redisServer(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "headpin-it-redis.log"))
                .start();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private static @org.jspecify.annotations.Nullable String redisServer() {
        for (String path : new String[] {"/usr/bin/redis-server", "/usr/local/bin/redis-server"}) {
            if (new File(path).canExecute()) {
                return path;
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
