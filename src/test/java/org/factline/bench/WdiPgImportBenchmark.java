package org.factline.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.factline.importer.ImportService;
import org.postgresql.copy.CopyIn;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The WDI-shaped bulk file of {@link WdiImportBenchmark} into PostgreSQL, side by side in one run:
 * <ol>
 *   <li>plain COPY of the file (from its header line on: COPY cannot skip the four preamble lines) into an unindexed
 *       table of the file's own columns, the years as {@code numeric};</li>
 *   <li>plain COPY of the same values as rows, one per value (read from the file with Commons CSV and streamed to
 *       COPY), into an unindexed table of the observation's columns: the same rows as the H2 benchmark's plain
 *       batch inserts;</li>
 *   <li>Factline's full import into a fresh schema with its migrations and seed;</li>
 *   <li>the same file imported again (nothing changes).</li>
 * </ol>
 * Run with {@code bench/wdi-pg-import-benchmark.sh [indicators] [re-imports]}; needs the server of
 * {@code .ci/start-postgres}.
 */
public final class WdiPgImportBenchmark {

    private WdiPgImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        Path dir = Files.createTempDirectory("factline-wdi-pg-bench-");
        Path csv = dir.resolve("API_BENCH_DS2_en_csv_v2.csv");
        long values = WdiImportBenchmark.generateAndDescribe(csv, indicators);
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        String copySchema = "bench_wdi_copy_" + suffix;
        String factlineSchema = "bench_wdi_factline_" + suffix;

        double copySeconds = plainCopy(copySchema, csv);
        double rowsSeconds = plainCopyRows(copySchema, csv);
        try (ConfigurableApplicationContext ctx = Bench.start(dir.resolve("factline"),
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + PgImportBenchmark.URL + "?currentSchema=" + factlineSchema,
                "--spring.datasource.username=" + PgImportBenchmark.USER,
                "--spring.datasource.password=" + PgImportBenchmark.PASSWORD,
                "--spring.flyway.schemas=" + factlineSchema, "--spring.flyway.default-schema=" + factlineSchema)) {
            WdiImportBenchmark.TwoImports runs = WdiImportBenchmark.importTwice(ctx.getBean(ImportService.class),
                    csv, values, WdiImportBenchmark.reimports(args));
            double firstSeconds = runs.firstSeconds();
            double againSeconds = runs.againSeconds();
            System.out.printf(Locale.ROOT, "plain COPY, unindexed table:    %,11.0f values/s (%.1f s)%n",
                    values / copySeconds, copySeconds);
            System.out.printf(Locale.ROOT, "plain COPY of the rows:         %,11.0f values/s (%.1f s)%n",
                    values / rowsSeconds, rowsSeconds);
            System.out.printf(Locale.ROOT, "Factline import (commit):       %,11.0f values/s (%.1f s)%n",
                    values / firstSeconds, firstSeconds);
            System.out.printf(Locale.ROOT, "Factline re-import (no change): %s%n", runs.againText());
            System.out.printf(Locale.ROOT, "Factline / plain COPY = %.3fx (target >= 0.15x); Factline / plain COPY of "
                    + "the rows = %.3fx; re-import / first = %.0f%% (target <= 20%%)%n", copySeconds / firstSeconds,
                    rowsSeconds / firstSeconds, 100 * againSeconds / firstSeconds);
        } finally {
            try (Connection c = DriverManager.getConnection(PgImportBenchmark.URL, PgImportBenchmark.USER,
                    PgImportBenchmark.PASSWORD); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + copySchema + " cascade");
                s.execute("drop schema if exists " + factlineSchema + " cascade");
            }
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** COPYs the file into a new unindexed table of its columns; returns the seconds it took. */
    static double plainCopy(String schema, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(PgImportBenchmark.URL, PgImportBenchmark.USER,
                PgImportBenchmark.PASSWORD); Statement s = c.createStatement();
             BufferedReader in = Files.newBufferedReader(csv)) {
            s.execute("create schema " + schema);
            StringBuilder columns = new StringBuilder(
                    "country_name text, country_code text, indicator_name text, indicator_code text");
            for (int y = 1960; y < 2024; y++) {
                columns.append(", y").append(y).append(" numeric");
            }
            s.execute("create table " + schema + ".wdi (" + columns + ", after_last text)");
            for (int i = 0; i < 4; i++) {
                in.readLine(); // the preamble: "Data Source", a blank line, "Last Updated Date", a blank line
            }
            long t = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + schema + ".wdi from stdin with (format csv, "
                    + "header true)", in);
            return (System.nanoTime() - t) / 1e9;
        }
    }

    /**
     * Reads the wide file and COPYs each value as a row of its own (the observation's columns before V12: codes, not
     * a series id) into a new unindexed table; returns the seconds it took, reading included.
     */
    static double plainCopyRows(String schema, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(PgImportBenchmark.URL, PgImportBenchmark.USER,
                PgImportBenchmark.PASSWORD); Statement s = c.createStatement()) {
            s.execute("create table " + schema + ".plain_observation (indicator_code varchar(64), geography_code "
                    + "varchar(16), period_start date, frequency char(1), obs_value numeric, value_scale integer, "
                    + "unit varchar(40), status varchar(16), source_id bigint, vintage date)");
            long t = System.nanoTime();
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + schema
                    + ".plain_observation from stdin with (format csv)");
            try {
                StringBuilder rows = new StringBuilder(1 << 17);
                WdiImportBenchmark.eachValue(csv, (indicator, geography, year, d) -> {
                    rows.append(indicator).append(',').append(geography).append(',').append(year)
                            .append("-01-01,A,").append(d.toPlainString()).append(',').append(d.scale())
                            .append(",percent,OFFICIAL,1,2024-06-28\n");
                    if (rows.length() > 1 << 16) {
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        rows.setLength(0);
                    }
                });
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return (System.nanoTime() - t) / 1e9;
        }
    }
}
