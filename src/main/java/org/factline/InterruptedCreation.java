package org.factline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An embedded database whose creation was cut off (the first start killed while the schema was being made) is made
 * again instead of refusing every later start. H2 commits each {@code CREATE TABLE} at once, so such a database holds
 * the tables made so far and a history without the migration that made them. When every table is still empty,
 * nothing can be lost (seeding, accounts and imports come only after the migrations), and the schema is cleaned and
 * migrated again. A database holding any row, or not on H2 (PostgreSQL runs each migration in a transaction), is
 * never touched.
 */
@Configuration
class InterruptedCreation {

    private static final Logger log = LoggerFactory.getLogger(InterruptedCreation.class);

    @Bean
    FlywayMigrationStrategy migrateRepairingAnInterruptedCreation() {
        return flyway -> {
            if (interrupted(flyway)) {
                log.warn("The database's creation was interrupted before it finished, and it holds no data yet: "
                        + "creating it again");
                Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            }
            flyway.migrate();
        };
    }

    /**
     * Whether the schema is an H2 one that Flyway's history marks as Factline's, with migrations still to run, and
     * no row in any other table.
     */
    static boolean interrupted(Flyway flyway) {
        if (flyway.info().pending().length == 0) {
            return false;
        }
        String history = flyway.getConfiguration().getTable();
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                return false;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            if (tables.stream().noneMatch(history::equalsIgnoreCase) || tables.size() == 1) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    if (!table.equalsIgnoreCase(history)) {
                        // Names from the database's own metadata, quoted as it spells them.
                        try (ResultSet rows = s.executeQuery("select 1 from \"" + table.replace("\"", "\"\"")
                                + "\" fetch first 1 rows only")) {
                            if (rows.next()) {
                                return false;
                            }
                        }
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
