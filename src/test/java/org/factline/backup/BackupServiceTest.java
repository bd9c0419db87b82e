package org.factline.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.factline.FactlineTest;
import org.factline.PostgresTestDatabase;
import org.factline.linking.Confirmation;
import org.factline.linking.LinkingService;
import org.factline.linking.Proposal;
import org.factline.observation.ObservationStatus;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export the seeded database with a linked article, restore it into a new, empty database of the same kind (H2,
 * or PostgreSQL with {@code -Ppostgres}) and find every row of every table the same: what the API answers is
 * read from these rows, so its answers are the same too.
 */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@WithMockUser(roles = "EDITOR")
class BackupServiceTest {

    @Autowired
    BackupService backup;
    @Autowired
    LinkingService linking;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    /** A new, empty database with Factline's schema, of the same kind as the test's. */
    private static DataSource emptyDatabase() {
        PostgresTestDatabase.Scratch scratch = PostgresTestDatabase.scratch("restore-");
        scratch.flyway().load().migrate();
        return scratch.dataSource();
    }

    /** The tables of the test's schema, from the information schema (not from the code under test), but Flyway's. */
    private static List<String> schemaTables(DataSource ds) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = current_schema and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        out.remove("flyway_schema_history");
        return out;
    }

    private static List<String> rows(DataSource ds, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select * from " + table + " order by 1")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.append(v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v)
                            .append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void aRestoreIntoAnEmptyDatabaseHasEveryRowOfTheExport() throws Exception {
        long article = linking.createArticle(new NewSource(SourceKind.ARTICLE, "https://example.org/backup",
                "Backed up", "Example, \"News\"", null, LocalDate.of(2021, 3, 3), null,
                "Kyrgyzstan's economy shrank by 8.6% in 2020,\nofficials said."));
        Proposal p = linking.proposals(article).get(0);
        linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(), "NY.GDP.MKTP.KD.ZG",
                null, "KGZ", "2020", ObservationStatus.PRELIMINARY, null, null));

        Path export = dir.resolve("export");
        BackupService.Manifest m = backup.export(export);
        List<String> tables = m.tables().stream().map(BackupService.TableFile::table).toList();
        assertThat(tables).as("every table the migrations created is exported")
                .containsExactlyInAnyOrderElementsOf(schemaTables(dataSource));
        assertThat(tables.indexOf("source")).isLessThan(tables.indexOf("series"));
        assertThat(tables.indexOf("indicator")).isLessThan(tables.indexOf("series"));
        assertThat(tables.indexOf("observation")).isLessThan(tables.indexOf("citation"));
        assertThat(m.tables()).filteredOn(t -> t.table().equals("observation")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isEqualTo(rows(dataSource, "observation").size()));
        assertThat(Files.readString(export.resolve("manifest.json"))).contains("\"sha256\"", "factline-export-1");

        DataSource empty = emptyDatabase();
        BackupService target = new BackupService(empty, Clock.systemUTC());
        new TransactionTemplate(new DataSourceTransactionManager(empty)).executeWithoutResult(s -> {
            try {
                target.restore(export);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (String table : tables) {
            assertThat(rows(empty, table)).as(table).containsExactlyElementsOf(rows(dataSource, table));
        }
        // New rows get ids after the restored ones.
        try (Connection c = empty.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into source (kind, url, title) values ('DATASET', 'urn:after-restore', 'after')");
            try (ResultSet rs = s.executeQuery("select id from source where url = 'urn:after-restore'")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThan(article);
            }
        }
        // A second restore into the now non-empty database is refused.
        assertThatThrownBy(() -> restoreInATransaction(target, empty, export))
                .hasMessageContaining("The database is not empty");
    }

    @Test
    void aChangedFileIsRefusedAndNothingIsWritten() throws Exception {
        Path export = dir.resolve("export");
        backup.export(export);
        Files.writeString(export.resolve("citation.csv"), "id\n1\n", java.nio.file.StandardOpenOption.APPEND);
        DataSource empty = emptyDatabase();
        BackupService target = new BackupService(empty, Clock.systemUTC());
        assertThatThrownBy(() -> target.restore(export))
                .hasMessageContaining("citation.csv: SHA-256").hasMessageContaining("was changed or damaged");
        assertThat(rows(empty, "geography")).isEmpty();
        assertThatThrownBy(() -> backup.export(export)).hasMessageContaining("holds an export already");
    }

    @Test
    void aColumnTheSchemaDoesNotHaveIsRefusedByName() throws Exception {
        Path export = dir.resolve("export");
        backup.export(export);
        changeAndReseal(export, "seed_log.csv", csv -> csv.replaceFirst("^name,", "name; drop table account; --,"));
        DataSource empty = emptyDatabase();
        BackupService target = new BackupService(empty, Clock.systemUTC());
        assertThatThrownBy(() -> restoreInATransaction(target, empty, export))
                .hasMessageContaining("seed_log.csv, line 1: column 'name; drop table account; --' is not a column "
                + "of seed_log");
        assertThat(rows(empty, "account")).isEmpty();
        assertThat(rows(empty, "geography")).isEmpty();
    }

    @Test
    void anObservationOfASeriesTheExportDoesNotHoldIsRefused() throws Exception {
        Path export = dir.resolve("export");
        backup.export(export);
        changeAndReseal(export, "observation.csv", csv -> {
            List<String> lines = new ArrayList<>(csv.lines().toList());
            int column = List.of(lines.get(0).split(",")).indexOf("series_id");
            String[] first = lines.get(1).split(",", -1);
            first[column] = "987654321";
            lines.set(1, String.join(",", first));
            return String.join("\n", lines) + "\n";
        });
        DataSource empty = emptyDatabase();
        BackupService target = new BackupService(empty, Clock.systemUTC());
        assertThatThrownBy(() -> restoreInATransaction(target, empty, export))
                .hasMessageContaining("observation.csv: 1 row names a series_id that series.csv does not hold "
                + "(the first: 987654321)");
        assertThat(rows(empty, "observation")).isEmpty();
        assertThat(rows(empty, "series")).isEmpty();
    }

    /** Restores as the restore command does, in a transaction of its own, which a refusal rolls back. */
    private static void restoreInATransaction(BackupService target, DataSource into, Path export) {
        new TransactionTemplate(new DataSourceTransactionManager(into)).executeWithoutResult(s -> {
            try {
                target.restore(export);
            } catch (java.io.IOException | java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Changes one file of an export and its checksum in the manifest, as someone who meant to would. */
    private static void changeAndReseal(Path export, String name, java.util.function.UnaryOperator<String> change)
            throws java.io.IOException {
        Path file = export.resolve(name);
        String old = BackupService.sha256(file);
        Files.writeString(file, change.apply(Files.readString(file)));
        Files.writeString(export.resolve("manifest.json"), Files.readString(export.resolve("manifest.json"))
                .replace(old, BackupService.sha256(file)));
    }
}
