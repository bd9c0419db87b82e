package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.factline.backup.BackupService;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportReport;
import org.factline.importer.ImportService;
import org.factline.observation.Observation;
import org.factline.observation.ObservationSelection;
import org.factline.observation.ObservationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every number a file states survives exactly, digits and scale: random decimals of 1 to 40 significant digits at
 * scales -20 to 40 go through an import, a re-import (nothing changes) and an export restored into an empty
 * database, on H2 and on PostgreSQL ({@code ExactValuesApiIT} reads them through the JSON API). The random source is seeded, so a failure repeats; the seed is in the assertion messages.
 */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExactValuesTest {

    static final long SEED = 20261130L;
    static final int VALUES = 400;
    static final LocalDate FIRST = LocalDate.of(1990, 1, 1);

    @Autowired
    ImportService importer;
    @Autowired
    ObservationService observations;
    @Autowired
    BackupService backup;
    @TempDir
    Path dir;

    /** Random decimals, and the edge cases: the World Bank's 17-decimal values, zero at odd scales, huge and tiny. */
    static List<BigDecimal> decimals() {
        Random random = new Random(SEED);
        List<BigDecimal> out = new ArrayList<>(List.of(new BigDecimal("-7.14897757727955191"),
                new BigDecimal("0.00000000000000000000000000000000000001"), new BigDecimal("0E-40"),
                new BigDecimal("0"), new BigDecimal("9999999999999999999999999999999999999999E+20"),
                new BigDecimal("-1E-40"), new BigDecimal("123.4500")));
        while (out.size() < VALUES) {
            int digits = 1 + random.nextInt(40);
            StringBuilder unscaled = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 1; i < digits; i++) {
                unscaled.append(random.nextInt(10));
            }
            BigInteger n = new BigInteger(unscaled.toString());
            out.add(new BigDecimal(random.nextBoolean() ? n : n.negate(), -20 + random.nextInt(61)));
        }
        return out;
    }

    @Test
    void decimalsSurviveImportReimportAndABackupExactly() throws Exception {
        List<BigDecimal> values = decimals();
        Path file = dir.resolve("exact.csv");
        Map<LocalDate, BigDecimal> expected = writeFile(file, values);

        ImportReport first = importer.commit(file, "exact.csv", ImportOptions.defaults("test"));
        assertThat(first.refusal()).as("seed %d", SEED).isNull();
        assertThat(first.added()).isEqualTo(values.size());
        ImportReport again = importer.commit(file, "exact.csv", ImportOptions.defaults("test"));
        assertThat(again.added() + again.revised()).as("a re-import changes nothing (seed %d)", SEED).isZero();
        assertThat(again.unchanged()).isEqualTo(values.size());

        Map<LocalDate, BigDecimal> stored = new HashMap<>();
        observations.forEach(ObservationSelection.series("FL.EXACT", List.of("KGZ"), null, null),
                (Observation o) -> stored.put(o.period().start(), o.value()));
        assertThat(mismatches(expected, stored)).as("stored values, digits and scale (seed %d)", SEED).isEmpty();

        Path export = dir.resolve("export");
        backup.export(export);
        DataSource empty = emptyDatabase();
        new TransactionTemplate(new DataSourceTransactionManager(empty)).executeWithoutResult(s -> {
            try {
                new BackupService(empty, java.time.Clock.systemUTC()).restore(export);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Map<LocalDate, BigDecimal> restored = new HashMap<>();
        try (Connection c = empty.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select period_start, obs_value, value_scale from observation o join series s "
                     + "on s.id = o.series_id where s.indicator_code = 'FL.EXACT'")) {
            while (rs.next()) {
                restored.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2).setScale(rs.getInt(3)));
            }
        }
        assertThat(mismatches(expected, restored)).as("restored values, digits and scale (seed %d)", SEED).isEmpty();
    }

    /** The first few days whose value differs in digits or scale (equals, not compareTo), as "day: expected -> got". */
    static List<String> mismatches(Map<LocalDate, BigDecimal> expected, Map<LocalDate, BigDecimal> actual) {
        return expected.keySet().stream().sorted()
                .filter(day -> !expected.get(day).equals(actual.get(day)))
                .map(day -> day + ": " + expected.get(day) + " -> " + actual.get(day)).limit(5).toList();
    }

    /**
     * Writes the values as a tidy CSV file, one a day: half written plainly ("1057000"), half as BigDecimal writes
     * them ("1.057E+6", "1E-40"). Returns the decimal the file states for each day: what must be stored, scale and all.
     */
    static Map<LocalDate, BigDecimal> writeFile(Path file, List<BigDecimal> values) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("indicator,geo,period,value,unit\n");
        Map<LocalDate, BigDecimal> expected = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String written = i % 2 == 0 ? values.get(i).toPlainString() : values.get(i).toString();
            csv.append("FL.EXACT,KGZ,").append(FIRST.plusDays(i)).append(',').append(written).append(",USD\n");
            expected.put(FIRST.plusDays(i), new BigDecimal(written));
        }
        Files.writeString(file, csv);
        return expected;
    }

    @Test
    void theSeededWorldBankFileReimportsWithNoChange() {
        Path wdi = Path.of("data/wdi/API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350.csv");
        ImportReport again = importer.commit(wdi, wdi.getFileName().toString(), ImportOptions.defaults("test"));
        assertThat(again.refusal()).isNull();
        assertThat(again.added()).isZero();
        assertThat(again.revised()).isZero();
        assertThat(again.unchanged()).isGreaterThan(10_000);
    }

    private static DataSource emptyDatabase() {
        PostgresTestDatabase.Scratch scratch = PostgresTestDatabase.scratch("exact-");
        scratch.flyway().load().migrate();
        return scratch.dataSource();
    }
}
