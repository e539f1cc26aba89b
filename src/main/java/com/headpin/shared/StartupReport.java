package com.headpin.shared;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up which profile and database this node runs on, and warns if a MySQL schema is not utf8mb4. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final Environment environment;

    StartupReport(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String profiles = environment.getActiveProfiles().length == 0 ? "default"
                : String.join(",", Arrays.asList(environment.getActiveProfiles()));
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String url = meta.getURL() == null ? "?" : meta.getURL().replaceAll("(?i)(password=)[^&;]*", "$1***");
            log.info("Headpin ready: profile(s) [{}], database {} {} at {}", profiles, meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), url);
            if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
                checkCharset(connection);
            }
        } catch (SQLException e) {
            log.warn("Headpin ready: profile(s) [{}], database not reachable for the report: {}", profiles,
                    e.getMessage());
        }
    }

    private static void checkCharset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT @@character_set_database")) {
            if (rs.next() && !"utf8mb4".equalsIgnoreCase(rs.getString(1))) {
                log.warn("Database character set is {}, not utf8mb4: Chinese names with rare characters and emoji "
                        + "cannot be stored. Create the database with CHARACTER SET utf8mb4.", rs.getString(1));
            }
        }
    }
}
