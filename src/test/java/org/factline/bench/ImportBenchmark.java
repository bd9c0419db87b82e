package org.factline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.Application;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportReport;
import org.factline.importer.ImportService;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import throughput into embedded H2, side by side in one run on one generated long-format file:
 * <ol>
 *   <li>H2's own bulk path: {@code INSERT INTO observation ... SELECT ... FROM CSVREAD(...)};</li>
 *   <li>plain JDBC batch inserts of the same rows (Commons CSV parsing, batches of 5,000, one transaction) into
 *       {@code observation};</li>
 *   <li>Factline's full import ({@link ImportService#commit}): detect, parse, validate, check revisions, write.</li>
 * </ol>
 * Each writes into a fresh H2 file database with Factline's own schema (the Flyway migrations: the same table,
 * constraints and indexes), the referenced indicators, geographies and source already there. Run with {@code bench/import-benchmark.sh [rows]}.
 */
public final class ImportBenchmark {

    private static final List<String> GEOS = List.of("KGZ", "KAZ", "RUS", "UZB", "TJK", "ARM", "BLR", "DEU", "FRA",
            "USA", "GBR", "CHN", "IND", "BRA", "ZAF", "NGA", "EGY", "TUR", "IRN", "PAK", "IDN", "JPN", "KOR", "MEX",
            "CAN", "AUS", "ARG", "CHL", "PER", "COL", "POL", "UKR", "ROU", "HUN", "CZE", "SWE", "NOR", "FIN", "DNK",
            "NLD", "BEL", "ESP", "ITA", "PRT", "GRC", "AUT", "CHE", "IRL", "ISR", "SAU");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        Path dir = Files.createTempDirectory("factline-bench-");
        Path csv = dir.resolve("observations-long.csv");
        generate(csv, rows);
        System.out.printf(Locale.ROOT, "file: %s, %,d rows, %,d bytes%n", csv.getFileName(), rows, Files.size(csv));

        double csvread = rate(rows, () -> h2CsvRead(dir.resolve("csvread"), csv));
        double batch = rate(rows, () -> plainBatch(dir.resolve("batch"), csv));
        long[] result = factline(dir.resolve("factline"), csv, rows);
        double factline = rows / (result[0] / 1e9);

        System.out.printf(Locale.ROOT, "H2 INSERT ... SELECT FROM CSVREAD: %,10.0f rows/s%n", csvread);
        System.out.printf(Locale.ROOT, "plain JDBC batch inserts:          %,10.0f rows/s%n", batch);
        System.out.printf(Locale.ROOT, "Factline import (commit):          %,10.0f rows/s%n", factline);
        System.out.printf(Locale.ROOT, "Factline / CSVREAD = %.2fx (target >= 1.5x); Factline / batch = %.2fx (target >= 0.7x)%n",
                factline / csvread, factline / batch);
        System.out.printf(Locale.ROOT, "heap used after the Factline import (after GC): %,d MB; max heap %,d MB%n",
                result[1] >> 20, Runtime.getRuntime().maxMemory() >> 20);
        deleteTree(dir);
    }

    interface Body {
        void run() throws Exception;
    }

    private static double rate(int rows, Body body) throws Exception {
        System.gc();
        long start = System.nanoTime();
        body.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return rows / seconds;
    }

    /** indicator x geography x day, 100 indicators x 50 geographies, as many days as it takes. */
    static void generate(Path file, int rows) throws IOException {
        int seriesCount = 100 * GEOS.size();
        int days = (rows + seriesCount - 1) / seriesCount;
        LocalDate start = LocalDate.of(2000, 1, 1);
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("indicator,geo,period,value\n");
            outer:
            for (int i = 0; i < 100; i++) {
                for (String geo : GEOS) {
                    for (int d = 0; d < days; d++) {
                        if (written++ == rows) {
                            break outer;
                        }
                        w.write("FL.BENCH." + i + "," + geo + "," + start.plusDays(d) + ","
                                + BigDecimal.valueOf((i * 7919L + d * 31L) % 100_000, 2) + "\n");
                    }
                }
            }
        }
    }

    private static Connection h2(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath() + "/bench", "sa", "");
    }

    /** Factline's schema, and the indicators, geographies and source the rows refer to. */
    private static void createSchema(Path db, Connection c) throws SQLException {
        Flyway.configure().dataSource("jdbc:h2:file:" + db.toAbsolutePath() + "/bench", "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        try (Statement s = c.createStatement()) {
            s.execute("insert into source (id, kind, url, title) values (1, 'DATASET', 'https://example.org/bench', 'bench')");
            for (int i = 0; i < 100; i++) {
                s.execute("insert into indicator (code, name, unit, frequency) values ('FL.BENCH." + i + "', 'Bench "
                        + i + "', '', 'D')");
            }
            for (String geo : GEOS) {
                s.execute("insert into geography (code, name, kind) values ('" + geo + "', '" + geo + "', 'COUNTRY')");
            }
            s.execute("insert into series (indicator_code, geography_code, source_id) select i.code, g.code, 1 "
                    + "from indicator i, geography g");
        }
    }

    static void h2CsvRead(Path db, Path csv) throws SQLException {
        try (Connection c = h2(db)) {
            createSchema(db, c);
            c.setAutoCommit(false);
            // CSVREAD takes its file name as a literal: it is read when the statement is prepared.
            String file = csv.toAbsolutePath().toString().replace("'", "''");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into observation (series_id, period_start, frequency, obs_value, value_scale, unit,
                                                 status, vintage)
                        select s.id, cast(period as date), 'D', cast("VALUE" as numeric(44, 16)), 2, '',
                               'OFFICIAL', date '2026-01-01'
                        from csvread('%s', null, 'charset=UTF-8') r
                        join series s on s.indicator_code = r.indicator and s.geography_code = r.geo"""
                        .formatted(file));
            }
            c.commit();
        }
    }

    static void plainBatch(Path db, Path csv) throws Exception {
        try (Connection c = h2(db); Reader r = Files.newBufferedReader(csv);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            createSchema(db, c);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into observation (series_id, period_start, frequency, obs_value, value_scale, unit,
                                             status, vintage)
                    values ((select id from series where indicator_code = ? and geography_code = ?), ?, 'D', ?, 2, '',
                            'OFFICIAL', date '2026-01-01')""")) {
                int n = 0;
                for (CSVRecord rec : parser) {
                    ps.setString(1, rec.get(0));
                    ps.setString(2, rec.get(1));
                    ps.setObject(3, LocalDate.parse(rec.get(2)));
                    ps.setBigDecimal(4, new BigDecimal(rec.get(3)));
                    ps.addBatch();
                    if (++n % 5_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * Times the import alone (the application context is started before the clock starts) and returns
     * {nanoseconds, heap in use after the import and a GC}, the latter to show memory does not grow with the file.
     */
    static long[] factline(Path db, Path csv, int rows) {
        return factline(csv, rows, "--factline.data-dir=" + db.toAbsolutePath());
    }

    /**
     * Factline's import of the file in an application started with these arguments (no web server, no seed),
     * timed alone; returns {nanoseconds, heap in use after the import and a GC}. Both import benchmarks use it.
     */
    static long[] factline(Path csv, int rows, String... settings) {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(settings), java.util.stream.Stream.of(
                "--factline.seed.enabled=false", "--logging.level.root=warn", "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")).toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE).run(args)) {
            ImportService importer = ctx.getBean(ImportService.class);
            System.gc();
            long start = System.nanoTime();
            ImportReport report = importer.commit(csv, csv.getFileName().toString(),
                    new ImportOptions(null, null, null, "https://example.org/bench", null, false, "bench"));
            long elapsed = System.nanoTime() - start;
            if (report.refused() || report.added() != rows) {
                throw new IllegalStateException("unexpected import result:\n" + String.join("\n", report.lines()));
            }
            System.gc();
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                }
            }
            return new long[] {elapsed, used};
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
