package com.headpin;

import java.io.IOException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two Headpin nodes in the test JVM ({@link TestNodes}) joined by a {@link PrivateRedis}, sharing one movable clock
 * as nodes with synchronised clocks would. Closing stops both nodes and Redis, and gives the other tests their
 * security-context strategy back (each Spring context installs its own globally).
 */
public final class TwoNodes implements AutoCloseable {

    private final SecurityContextHolderStrategy testsStrategy = SecurityContextHolder.getContextHolderStrategy();
    private final PrivateRedis redis;
    private @Nullable ConfigurableApplicationContext a;
    private @Nullable ConfigurableApplicationContext b;

    private TwoNodes() throws IOException {
        this.redis = PrivateRedis.start();
    }

    /** {@code databaseA} and {@code databaseB} are the same name for nodes that share their database. */
    public static TwoNodes start(TestClock clock, String databaseA, String databaseB) throws IOException {
        TwoNodes nodes = new TwoNodes();
        try {
            nodes.a = TestNodes.start(databaseA, clock, nodes.redis.port());
            nodes.b = TestNodes.start(databaseB, clock, nodes.redis.port());
            return nodes;
        } catch (RuntimeException failed) {
            nodes.close();
            throw failed;
        }
    }

    public ConfigurableApplicationContext a() {
        return Objects.requireNonNull(a);
    }

    public ConfigurableApplicationContext b() {
        return Objects.requireNonNull(b);
    }

    public PrivateRedis redis() {
        return redis;
    }

    @Override
    public void close() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        redis.close();
        SecurityContextHolder.setContextHolderStrategy(testsStrategy);
    }
}
