package org.factline.bench;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Import throughput into PostgreSQL, side by side in one run on one generated long-format file, each path into a
 * fresh schema with Factline's tables, constraints and indexes (the Flyway migrations):
 * <ol>
 *   <li>plain COPY: the file COPY'd as it is into a staging table, then one INSERT ... SELECT into
 *       {@code observation}: the least SQL that lands these rows in Factline's schema;</li>
 *   <li>Factline's full import ({@code ImportService.commit}): detect, parse, validate, check revisions, then COPY
 *       into a staging table and merge, in batches of 5,000.</li>
 * </ol>
 * Run with {@code bench/pg-import-benchmark.sh [rows]}; needs the server of {@code .ci/start-postgres}.
 */
public final class PgImportBenchmark {

    static final String URL = System.getProperty("factline.bench.postgres", "jdbc:postgresql://127.0.0.1:5432/factline_test");
    static final String USER = "factline";
    static final String PASSWORD = "factline";

    private PgImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("factline-pg-bench-");
        Path csv = dir.resolve("observations-long.csv");
        ImportBenchmark.generate(csv, rows);
        System.out.printf(Locale.ROOT, "file: %s, %,d rows, %,d bytes%n", csv.getFileName(), rows, Files.size(csv));
        String suffix = Long.toString(System.currentTimeMillis(), 36);

        long[] plain = plainCopy("bench_copy_" + suffix, csv);
        long factline = factline("bench_factline_" + suffix, csv, rows);
        double copyOnly = rows / (plain[0] / 1e9);
        double copyMerge = rows / (plain[1] / 1e9);
        double ours = rows / (factline / 1e9);
        System.out.printf(Locale.ROOT, "COPY of the file into a staging table:          %,10.0f rows/s%n", copyOnly);
        System.out.printf(Locale.ROOT, "plain COPY + INSERT ... SELECT into observation: %,10.0f rows/s%n", copyMerge);
        System.out.printf(Locale.ROOT, "Factline import (commit):                        %,10.0f rows/s%n", ours);
        System.out.printf(Locale.ROOT, "Factline / plain COPY + merge = %.2fx (target >= 0.7x); Factline / COPY alone = %.2fx%n",
                ours / copyMerge, ours / copyOnly);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop schema bench_copy_" + suffix + " cascade");
            s.execute("drop schema bench_factline_" + suffix + " cascade");
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void migrate(String schema) {
        Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
    }

    /** Returns {nanoseconds for the COPY alone, nanoseconds for COPY and merge}. */
    static long[] plainCopy(String schema, Path csv) throws Exception {
        migrate(schema);
        try (Connection c = DriverManager.getConnection(URL + "?currentSchema=" + schema, USER, PASSWORD);
             Statement s = c.createStatement(); Reader in = Files.newBufferedReader(csv)) {
            s.execute("insert into source (id, kind, url, title) values (1, 'DATASET', 'https://example.org/bench', 'bench')");
            for (int i = 0; i < 100; i++) {
                s.execute("insert into indicator (code, name, unit, frequency) values ('FL.BENCH." + i + "', 'Bench "
                        + i + "', '', 'D')");
            }
            for (String geo : List.of("KGZ", "KAZ", "RUS", "UZB", "TJK", "ARM", "BLR", "DEU", "FRA", "USA", "GBR", "CHN",
                    "IND", "BRA", "ZAF", "NGA", "EGY", "TUR", "IRN", "PAK", "IDN", "JPN", "KOR", "MEX", "CAN", "AUS", "ARG",
                    "CHL", "PER", "COL", "POL", "UKR", "ROU", "HUN", "CZE", "SWE", "NOR", "FIN", "DNK", "NLD", "BEL", "ESP",
                    "ITA", "PRT", "GRC", "AUT", "CHE", "IRL", "ISR", "SAU")) {
                s.execute("insert into geography (code, name, kind) values ('" + geo + "', '" + geo + "', 'COUNTRY')");
            }
            s.execute("insert into series (indicator_code, geography_code, source_id) select i.code, g.code, 1 "
                    + "from indicator i, geography g");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            s.execute("create temporary table raw (indicator text, geo text, period text, value text) on commit drop");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy raw from stdin with (format csv, header true)", in);
            long copied = System.nanoTime();
            s.executeUpdate("""
                    insert into observation (series_id, period_start, frequency, obs_value, value_scale, unit,
                                             status, vintage)
                    select s.id, cast(period as date), 'D', cast(value as numeric(44, 16)), 2, '', 'OFFICIAL',
                           date '2026-01-01'
                    from raw join series s on s.indicator_code = raw.indicator and s.geography_code = raw.geo""");
            c.commit();
            long done = System.nanoTime();
            return new long[] {copied - start, done - start};
        }
    }

    static long factline(String schema, Path csv, int rows) {
        return ImportBenchmark.factline(csv, rows, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + URL + "?currentSchema=" + schema + "&reWriteBatchedInserts=true",
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema)[0];
    }
}
