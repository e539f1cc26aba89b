package com.headpin.accounts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import com.headpin.accounts.AccountNames;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V39: the account list's name sort keys ({@link AccountNames#sortKey}) beside the names, filled for the
 * accounts there are. In Java because the keys come from the JDK's Chinese collator, which SQL does not have; a bean,
 * so Spring Boot hands it to Flyway (no class-path scanning of a packaged jar). Runs on H2 and MySQL/MariaDB alike.
 */
@Component
class AccountNameSortKeysMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("39");
    }

    @Override
    public String getDescription() {
        return "account name sort keys";
    }

    @Override
    public Integer getChecksum() {
        return 39_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            for (String column : new String[] {"name_sort_zh", "name_sort_en"}) {
                ddl.execute("ALTER TABLE accounts ADD COLUMN " + column + " VARCHAR(" + AccountNames.SORT_KEY_LENGTH
                        + ") NOT NULL DEFAULT ''");
                ddl.execute("CREATE INDEX ix_accounts_" + column + " ON accounts (" + column + ")");
            }
        }
        fill(connection);
    }

    /** Writes both keys of every account from its names (also what a test checks against the entity's keys). */
    static void fill(Connection connection) throws java.sql.SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, name, alt_name FROM accounts");
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE accounts SET name_sort_zh = ?, name_sort_en = ? WHERE id = ?")) {
            while (rows.next()) {
                String name = rows.getString("name");
                String altName = rows.getString("alt_name");
                write.setString(1, AccountNames.sortKey(name, altName, Locale.SIMPLIFIED_CHINESE));
                write.setString(2, AccountNames.sortKey(name, altName, Locale.ENGLISH));
                write.setLong(3, rows.getLong("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
