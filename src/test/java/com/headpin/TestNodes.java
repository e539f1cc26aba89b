package com.headpin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A whole Headpin node in the test JVM (its own Spring context and web server on a free port), as the multi-node
 * tests start them: not the surrounding test run's profiles (e.g. mysql-it), an in-memory H2 database by name
 * (nodes given the same name share it, as nodes share their database), no demo data.
 */
public final class TestNodes {

    private TestNodes() {
    }

    /**
     * @param clock     shared by nodes as synchronised clocks would be, or null for the system clock
     * @param redisPort the nodes' Redis, or null for the in-process transport
     */
    public static ConfigurableApplicationContext start(String database, @Nullable TestClock clock,
                                                       @Nullable Integer redisPort) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=node",
                "--spring.datasource.url=jdbc:h2:mem:" + database
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--headpin.demo-data=false",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off"));
        if (redisPort != null) {
            args.add("--spring.data.redis.host=127.0.0.1");
            args.add("--spring.data.redis.port=" + redisPort);
        }
        SpringApplicationBuilder node = new SpringApplicationBuilder(HeadpinApplication.class);
        if (clock != null) {
            node.initializers(context -> ((GenericApplicationContext) context).registerBean("testClock", Clock.class,
                    () -> clock, definition -> definition.setPrimary(true)));
        }
        return node.run(args.toArray(String[]::new));
    }
}
