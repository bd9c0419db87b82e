package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A first start killed while the schema was being made: H2 keeps the tables made so far and a history without the
 * migration that made them. The next start makes the database again; a database holding any row is left alone.
 */
class InterruptedCreationTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private Flyway flyway() {
        return Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    private long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aCreationCutOffBeforeItsFirstMigrationIsMadeAgain() throws Exception {
        flyway().migrate();
        int migrations = flyway().info().applied().length;
        // What a kill in the middle of V1 leaves: some of its tables, and a history that records nothing.
        sql("delete from \"flyway_schema_history\"", "drop table account cascade");
        assertThat(InterruptedCreation.interrupted(flyway())).isTrue();

        new InterruptedCreation().migrateRepairingAnInterruptedCreation().migrate(flyway());

        assertThat(flyway().info().applied()).hasSize(migrations);
        assertThat(count("select count(*) from account")).isZero();
        assertThat(InterruptedCreation.interrupted(flyway())).isFalse();
    }

    @Test
    void aLaterMigrationCutOffOnAnEmptyDatabaseIsMadeAgainToo() throws Exception {
        flyway().migrate();
        var applied = flyway().info().applied();
        String last = applied[applied.length - 1].getVersion().getVersion();
        // The latest migration cut off: its tables made, its history row never written.
        sql("delete from \"flyway_schema_history\" where \"version\" = '" + last + "'");
        assertThat(InterruptedCreation.interrupted(flyway())).isTrue();

        new InterruptedCreation().migrateRepairingAnInterruptedCreation().migrate(flyway());

        assertThat(flyway().info().pending()).isEmpty();
        assertThat(flyway().info().applied()).hasSize(applied.length);
        assertThat(InterruptedCreation.interrupted(flyway())).isFalse();
    }


    @Test
    void aDatabaseHoldingDataOrWithoutFactlinesHistoryIsNeverCleaned() throws Exception {
        sql("create table someone_elses (id int)", "insert into someone_elses values (1)");
        assertThat(InterruptedCreation.interrupted(flyway())).as("tables, but no Factline history").isFalse();
        sql("drop table someone_elses");

        flyway().migrate();
        sql("insert into geography (code, name, kind) values ('KGZ', 'Kyrgyz Republic', 'COUNTRY')",
                "delete from \"flyway_schema_history\" where \"version\" = '5'", "drop table refresh_schedule");
        assertThat(InterruptedCreation.interrupted(flyway())).as("an upgrade cut off, with data").isFalse();
        assertThat(count("select count(*) from geography")).isEqualTo(1);
    }
}
