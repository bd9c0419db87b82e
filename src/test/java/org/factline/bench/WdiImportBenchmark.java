package org.factline.bench;

import java.io.BufferedWriter;
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
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportReport;
import org.factline.importer.ImportService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A generated file shaped like the full WDI bulk download (the wide layout: one row per economy and indicator, sorted
 * by economy, one column per year 1960-2023, about a third of the cells empty), into embedded H2, side by side in one run:
 * <ol>
 *   <li>plain JDBC batch inserts of the same values (Commons CSV, batches of 5,000, one transaction) into an
 *       unindexed table with the observation table's columns;</li>
 *   <li>Factline's full import into a fresh database with its schema and the seeded economies;</li>
 *   <li>the same file imported again (nothing changes).</li>
 * </ol>
 * Run with {@code bench/wdi-import-benchmark.sh [indicators] [re-imports]} (default 150 and 1; the whole WDI has
 * about 1,500 indicators).
 */
public final class WdiImportBenchmark {

    private WdiImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        Path dir = Files.createTempDirectory("factline-wdi-bench-");
        Path csv = dir.resolve("API_BENCH_DS2_en_csv_v2.csv");
        long values = generateAndDescribe(csv, indicators);

        long t = System.nanoTime();
        plainBatch(dir.resolve("plain"), csv);
        double plain = values / ((System.nanoTime() - t) / 1e9);

        try (ConfigurableApplicationContext ctx = Bench.start(dir.resolve("factline"))) {
            TwoImports runs = importTwice(ctx.getBean(ImportService.class), csv, values, reimports(args));
            double firstSeconds = runs.firstSeconds();
            double againSeconds = runs.againSeconds();
            long heap = runs.heapAfterFirst();
            double factline = values / firstSeconds;
            System.out.printf(Locale.ROOT, "plain JDBC batch, unindexed table: %,10.0f values/s%n", plain);
            System.out.printf(Locale.ROOT, "Factline import (commit):          %,10.0f values/s (%.1f s)%n", factline,
                    firstSeconds);
            System.out.printf(Locale.ROOT, "Factline re-import (no change):    %s%n", runs.againText());
            System.out.printf(Locale.ROOT, "Factline / plain = %.3fx (target >= 0.3x); re-import / first = %.0f%% "
                    + "(target <= 20%%); heap after the import and a GC: %,d MB (target < 512 MB)%n",
                    factline / plain, 100 * againSeconds / firstSeconds, heap >> 20);
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static final List<String> ECONOMIES = java.util.Arrays.stream(java.util.Locale.getISOCountries(
            java.util.Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new)).sorted().limit(266).toList();

    /** Writes the wide file; returns how many cells hold a value (every third is empty, as in the WDI). */
    static long generate(Path file, int indicators) throws Exception {
        long values = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2024-06-28\",\n\n");
            w.write("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
            for (int y = 1960; y < 2024; y++) {
                w.write(",\"" + y + "\"");
            }
            w.write(",\n");
            // Sorted by economy, then indicator, as the World Bank's bulk file is.
            for (String geo : ECONOMIES) {
                for (int i = 0; i < indicators; i++) {
                    w.write("\"" + geo + "\",\"" + geo + "\",\"Bench indicator " + i + " (annual %)\",\"BENCH." + i
                            + "\"");
                    for (int y = 1960; y < 2024; y++) {
                        long seed = (i * 7919L + geo.hashCode() * 31L + y) & 0x7fffffff;
                        if (seed % 3 == 0) {
                            w.write(",");
                        } else {
                            w.write(",\"" + BigDecimal.valueOf(seed % 100_000, 3) + "\"");
                            values++;
                        }
                    }
                    w.write(",\n");
                }
            }
        }
        return values;
    }

    static void plainBatch(Path db, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath() + "/bench", "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        create table plain_observation (indicator_code varchar(64), geography_code varchar(16),
                            period_start date, frequency char(1), obs_value decfloat, value_scale integer,
                            unit varchar(40), status varchar(16), source_id bigint, vintage date)""");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into plain_observation values "
                    + "(?, ?, ?, 'A', ?, ?, 'percent', 'OFFICIAL', 1, date '2024-06-28')")) {
                int[] n = {0};
                eachValue(csv, (indicator, geography, year, d) -> {
                    ps.setString(1, indicator);
                    ps.setString(2, geography);
                    ps.setObject(3, LocalDate.of(year, 1, 1));
                    ps.setBigDecimal(4, d);
                    ps.setInt(5, d.scale());
                    ps.addBatch();
                    if (++n[0] % 5_000 == 0) {
                        ps.executeBatch();
                    }
                });
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** One value of the wide file: its indicator and economy codes, its year and the value. */
    interface ValueSink {
        void value(String indicator, String geography, int year, BigDecimal value) throws Exception;
    }

    /** Reads the wide file with Commons CSV (after its preamble) and hands over each value that is not empty. */
    static void eachValue(Path csv, ValueSink sink) throws Exception {
        try (Reader r = Files.newBufferedReader(csv); CSVParser parser = CSVFormat.DEFAULT.parse(r)) {
            boolean header = false;
            for (CSVRecord rec : parser) {
                if (!header) {
                    header = rec.get(0).equals("Country Name");
                    continue;
                }
                for (int col = 4; col < Math.min(rec.size(), 68); col++) {
                    String v = rec.get(col);
                    if (!v.isEmpty()) {
                        sink.value(rec.get(3), rec.get(1), 1956 + col, new BigDecimal(v));
                    }
                }
            }
        }
    }

    /** Writes the wide file and prints its shape; returns how many cells hold a value. */
    static long generateAndDescribe(Path csv, int indicators) throws Exception {
        long values = generate(csv, indicators);
        System.out.printf(Locale.ROOT, "file: %,d indicators x %d economies x 64 years, %,d values, %,d bytes%n",
                indicators, ECONOMIES.size(), values, Files.size(csv));
        return values;
    }

    /**
     * The first import's seconds, the unchanged re-imports' median and each of them, and the heap in use after the
     * first and a GC.
     */
    record TwoImports(double firstSeconds, double againSeconds, List<Double> agains, long heapAfterFirst) {

        String againText() {
            return agains.size() == 1 ? String.format(Locale.ROOT, "%.1f s", againSeconds)
                    : String.format(Locale.ROOT, "%.1f s, the median of %s", againSeconds, agains.stream()
                            .map(a -> String.format(Locale.ROOT, "%.1f", a)).toList());
        }
    }

    /**
     * Imports the file, then imports it again {@code again} times (the re-import's time is their median: this
     * machine is shared), checking that the first adds every value and the others none.
     */
    static TwoImports importTwice(ImportService importer, Path csv, long values, int again) {
        System.gc();
        long t = System.nanoTime();
        ImportReport first = importer.commit(csv, csv.getFileName().toString(), ImportOptions.defaults("bench"));
        double firstSeconds = (System.nanoTime() - t) / 1e9;
        check(first, values, true);
        long heap = heapAfterGc();
        List<Double> agains = new java.util.ArrayList<>();
        for (int i = 0; i < again; i++) {
            t = System.nanoTime();
            ImportReport r = importer.commit(csv, csv.getFileName().toString(), ImportOptions.defaults("bench"));
            agains.add((System.nanoTime() - t) / 1e9);
            check(r, values, false);
        }
        List<Double> sorted = agains.stream().sorted().toList();
        return new TwoImports(firstSeconds, sorted.get(sorted.size() / 2), agains, heap);
    }

    /** How many times to re-import: the second argument, 1 without it. */
    static int reimports(String[] args) {
        return args.length > 1 ? Integer.parseInt(args[1]) : 1;
    }

    static void check(ImportReport r, long values, boolean first) {
        if (r.refused() || (first ? r.added() : r.unchanged()) != values) {
            throw new IllegalStateException("unexpected import result:\n" + String.join("\n", r.lines()));
        }
    }

    private static long heapAfterGc() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
