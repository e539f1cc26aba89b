package com.headpin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** On the shared MySQL-protocol test database: start every test context from an empty schema. */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseConfig {

    @Bean
    @ConditionalOnProperty("headpin.test.clean-database")
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
