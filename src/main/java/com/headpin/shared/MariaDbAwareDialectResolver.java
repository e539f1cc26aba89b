package com.headpin.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB through mysql-connector-j announces itself as "MySQL 5.5.5-10.11.x-MariaDB"; Hibernate would then pick
 * the MySQL dialect for an unsupported MySQL 5.5 (with a warning and MySQL-8-only SQL). This resolver reads the real
 * MariaDB version and picks the MariaDB dialect; every other database falls through to Hibernate's own detection.
 * Registered with {@code hibernate.dialect_resolvers} in application.yml.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");

    @Override
    public @Nullable Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version == null || !version.contains("MariaDB")) {
            return null;
        }
        Matcher matcher = MARIADB_VERSION.matcher(version);
        if (!matcher.find()) {
            return new MariaDBDialect();
        }
        return new MariaDBDialect(DatabaseVersion.make(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
    }
}
