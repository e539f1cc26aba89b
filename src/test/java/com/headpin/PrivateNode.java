package com.headpin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A Headpin node of a test's own: a private in-memory H2 (MySQL mode) named after it, no demo data, no scheduler
 * running by itself, so the shared test database keeps its state. Closing it stops the node and gives the other
 * tests their security-context strategy back (each Spring context installs its own globally).
 */
public final class PrivateNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final SecurityContextHolderStrategy testsStrategy;

    private PrivateNode(ConfigurableApplicationContext context, SecurityContextHolderStrategy testsStrategy) {
        this.context = context;
        this.testsStrategy = testsStrategy;
    }

    /** {@code name} names the database and the profile; {@code arguments} add to or override the defaults. */
    public static PrivateNode start(String name, String... arguments) {
        SecurityContextHolderStrategy testsStrategy = SecurityContextHolder.getContextHolderStrategy();
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=" + name,
                "--spring.datasource.url=jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "--headpin.demo-data=false",
                "--spring.quartz.auto-startup=false",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off"));
        all.addAll(List.of(arguments));
        try {
            return new PrivateNode(new SpringApplicationBuilder(HeadpinApplication.class).run(
                    all.toArray(String[]::new)), testsStrategy);
        } catch (RuntimeException failed) {
            SecurityContextHolder.setContextHolderStrategy(testsStrategy);
            throw failed;
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        SecurityContextHolder.setContextHolderStrategy(testsStrategy);
    }
}
