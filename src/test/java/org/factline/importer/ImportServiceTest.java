package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.citation.CitationService;
import org.factline.citation.NewCitation;
import org.factline.source.SourceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** Imports against a real (in-memory H2) database seeded as on a first start. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportServiceTest {

    static final Path FIXTURES = ImportReadersTest.FIXTURES;

    @Autowired
    ImportService importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CitationService citations;
    @Autowired
    SourceService sources;
    @Autowired
    org.factline.indicator.IndicatorService indicators;
    @Autowired
    org.factline.geography.GeographyService geographies;
    @Autowired
    InterruptedImports interruptedImports;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    org.factline.observation.SeriesSummaries summaries;

    @TempDir
    Path dir;

    private ImportReport commit(String fixture, ImportOptions options) {
        return importer.commit(FIXTURES.resolve(fixture), fixture, options);
    }

    private ImportReport commit(String fixture) {
        return commit(fixture, ImportOptions.defaults("test"));
    }

    /** Imports a file as one source's edition of the given vintage. */
    private ImportReport importAt(Path file, String sourceUrl, LocalDate vintage) {
        return importer.commit(file, file.getFileName().toString(),
                new ImportOptions(null, null, null, sourceUrl, vintage, false, "test"));
    }

    /** The added, updated and unchanged counts of a metadata file's note ("Indicators: 10 added, 1 updated, …"). */
    private static int[] metadataCounts(ImportReport report, String what) {
        java.util.regex.Pattern note = java.util.regex.Pattern.compile(
                what + ": (\\d+) added, (\\d+) updated, (\\d+) unchanged \\(metadata only; .*");
        return report.notes().stream().map(note::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))})
                .findFirst().orElseThrow(() -> new AssertionError("no note on " + what + " in " + report.notes()));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<String> state() {
        return List.of("observation=" + count("observation"), "import_batch=" + count("import_batch"),
                "indicator=" + count("indicator"), "geography=" + count("geography"), "source=" + count("source"));
    }

    @Test
    void aPreviewSaysWhatACommitDoesAndChangesNothing() {
        List<String> before = state();
        ImportReport preview = importer.preview(FIXTURES.resolve("fred-two-series.csv"), "fred-two-series.csv",
                ImportOptions.defaults("test"));
        assertThat(state()).isEqualTo(before);
        assertThat(preview.committed()).isFalse();
        assertThat(preview.added()).isEqualTo(7);
        assertThat(preview.notes()).contains("Creates the indicator UNRATE");

        ImportReport done = commit("fred-two-series.csv");
        assertThat(done.committed()).isTrue();
        assertThat(List.of(done.added(), done.revised(), done.unchanged(), done.rejected()))
                .isEqualTo(List.of(preview.added(), preview.revised(), preview.unchanged(), preview.rejected()));
        assertThat(count("observation")).isEqualTo(Long.parseLong(before.get(0).split("=")[1]) + 7);
    }

    /**
     * What H2's recovery once left after a SIGKILL in the middle of an import: rows of an import that has no record.
     * The next start removes them, and the series' summaries with them.
     */
    @Test
    void rowsOfAnImportWithoutARecordAreRemovedAtTheNextStart() throws IOException {
        Path file = Files.writeString(dir.resolve("cut-off.csv"), """
                indicator,geo,period,value,unit
                FL.CUT.A,KGZ,2019,1.5,percent
                FL.CUT.A,KGZ,2020,-8.6,percent
                FL.CUT.B,KAZ,2020,3,percent
                """);
        String url = "https://example.org/cut-off";
        importer.commit(file, "cut-off.csv", new ImportOptions(null, null, null, url,
                java.time.LocalDate.of(2024, 1, 1), false, "test"));
        Path revised = Files.writeString(dir.resolve("cut-off-revised.csv"), Files.readString(file)
                .replace("1.5,", "1.25,").replace("-8.6,", "-8.4,").replace("3,", "3.5,"));
        List<org.factline.observation.SeriesSummaries.Summary> summaries = this.summaries.all();
        List<String> before = state();
        ImportReport cutOff = importer.commit(revised, "cut-off.csv", new ImportOptions(null, null, null, url,
                java.time.LocalDate.of(2024, 6, 1), false, "test"));
        assertThat(cutOff.revised()).as(String.join("\n", cutOff.lines())).isEqualTo(3);
        assertThat(this.summaries.all()).as("the revised values are the latest")
                .anySatisfy(s -> assertThat(s.series().indicatorCode() + " " + s.latestValue())
                        .isEqualTo("FL.CUT.A -8.4"));
        jdbc.sql("delete from import_batch where id = ?").param(cutOff.importId()).update();
        assertThat(count("observation")).isEqualTo(Long.parseLong(before.get(0).split("=")[1]) + 3);

        assertThat(interruptedImports.removeLeftovers()).isEqualTo(3);

        assertThat(state().subList(0, 2)).isEqualTo(before.subList(0, 2));
        assertThat(this.summaries.all()).containsExactlyInAnyOrderElementsOf(summaries);
        assertThat(interruptedImports.removeLeftovers()).as("nothing left the second time").isZero();
    }

    /**
     * What H2's recovery left once more after a SIGKILL (decision 015): a row of the cut-off import missing from one
     * of the observation's indexes, so that deleting it failed (error 90112) and the app could not start. Made here by
     * taking the row out of the period index through H2's own engine. The next start rebuilds the observation's
     * indexes from its rows and removes the import's rows.
     */
    @Test
    void rowsOfACutOffImportMissingFromAnIndexAreRemovedOnceTheIndexesAreRebuilt() throws Exception {
        assumeFalse(org.factline.PostgresTestDatabase.enabled(), "damages an index the way H2's recovery did");
        Path file = Files.writeString(dir.resolve("cut-off-index.csv"), """
                indicator,geo,period,value,unit
                FL.CUTIDX.A,KGZ,2019,1.5,percent
                FL.CUTIDX.A,KGZ,2020,-8.6,percent
                FL.CUTIDX.B,KAZ,2020,3,percent
                """);
        ImportReport cutOff = importer.commit(file, "cut-off-index.csv", ImportOptions.defaults("test"));
        assertThat(cutOff.added()).isEqualTo(3);
        jdbc.sql("delete from import_batch where id = ?").param(cutOff.importId()).update();
        long total = count("observation");
        // The rows of 2019 counted twice: looked up in the period index, and read from the table itself.
        String throughThePeriodIndex = "select count(*) from observation use index (observation_period_idx)"
                + " where period_start = date '2019-01-01'";
        String fromTheTable = "select count(*) from observation use index () where period_start = date '2019-01-01'";
        long in2019 = jdbc.sql(fromTheTable).query(Long.class).single();
        assertThat(jdbc.sql(throughThePeriodIndex).query(Long.class).single()).isEqualTo(in2019);
        long indexes = jdbc.sql("select count(*) from information_schema.indexes where table_name = 'OBSERVATION'")
                .query(Long.class).single();
        long damaged = jdbc.sql("select id from observation where import_id = ? and period_start = date '2019-01-01'")
                .param(cutOff.importId()).query(Long.class).single();
        try (java.sql.Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) c
                    .unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            org.h2.index.Index period = session.getDatabase().getSchema("PUBLIC")
                    .findIndex(session, "OBSERVATION_PERIOD_IDX");
            // As a delete would: the table locked for writing, so that its data counts as changed on commit and no
            // connection answers a query from its cache of results.
            period.getTable().lock(session, org.h2.table.Table.WRITE_LOCK);
            period.remove(session, period.getTable().getRow(session, damaged));
            c.commit();
            c.setAutoCommit(true);
        }
        assertThat(jdbc.sql(throughThePeriodIndex).query(Long.class).single()).as("the damage")
                .isEqualTo(in2019 - 1);
        assertThatThrownBy(() -> jdbc.sql("delete from observation where id = ?").param(damaged).update())
                .as("what the app met at start-up, after H2 retried it until its lock timeout").rootCause()
                .hasMessageContaining("Row not found when trying to delete from index").hasMessageContaining("90112");

        assertThat(interruptedImports.removeLeftovers()).isEqualTo(3);

        assertThat(count("observation")).isEqualTo(total - 3);
        assertThat(jdbc.sql(fromTheTable).query(Long.class).single()).isEqualTo(in2019 - 1);
        assertThat(jdbc.sql(throughThePeriodIndex).query(Long.class).single()).as("the index whole again")
                .isEqualTo(in2019 - 1);
        assertThat(jdbc.sql("select count(*) from information_schema.indexes where table_name = 'OBSERVATION'")
                .query(Long.class).single()).as("every index there again").isEqualTo(indexes);
        ImportReport again = importer.commit(file, "cut-off-index.csv", ImportOptions.defaults("test"));
        assertThat(again.added()).as("imports work on the rebuilt indexes: added once, then found unchanged")
                .isEqualTo(3);
        assertThat(importer.commit(file, "cut-off-index.csv", ImportOptions.defaults("test")).unchanged())
                .isEqualTo(3);
    }

    @Test
    void reImportingTheSameFileChangesNothing() {
        ImportReport first = commit("sdmx-nama.csv");
        assertThat(first.added()).isEqualTo(3);
        List<String> before = state();
        ImportReport again = commit("sdmx-nama.csv");
        assertThat(again.added()).isZero();
        assertThat(again.revised()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(count("observation")).isEqualTo(Long.parseLong(before.get(0).split("=")[1]));
    }

    /**
     * A new edition of a file of 700 series, each series' three periods 700 rows apart: more series than the import
     * keeps in memory at once (500) and reads together (200), so series are read in groups, dropped and read again
     * with rows of theirs written meanwhile. Every seventh value changed: exactly those are revisions.
     */
    @Test
    void aNewEditionOfManySeriesIsClassifiedRowByRow() throws IOException {
        List<String> geos = jdbc.sql("select code from geography order by code fetch first 100 rows only")
                .query(String.class).list();
        Path v1 = dir.resolve("many-v1.csv");
        Path v2 = dir.resolve("many-v2.csv");
        StringBuilder first = new StringBuilder("indicator,geo,period,value,unit\n");
        StringBuilder second = new StringBuilder(first);
        int changed = 0;
        int n = 0;
        for (int year = 2020; year < 2023; year++) {
            for (int i = 0; i < 7; i++) {
                for (String geo : geos) {
                    String row = "FL.MANY." + i + "," + geo + "," + year + ",";
                    first.append(row).append(n).append(".5,percent\n");
                    boolean change = n % 7 == 0;
                    changed += change ? 1 : 0;
                    second.append(row).append(n).append(change ? ".75" : ".5").append(",percent\n");
                    n++;
                }
            }
        }
        Files.writeString(v1, first);
        Files.writeString(v2, second);
        String url = "https://example.org/many";
        ImportReport a = importer.commit(v1, "many-v1.csv", new ImportOptions(null, null, null, url,
                java.time.LocalDate.of(2024, 1, 1), false, "test"));
        assertThat(a.added()).isEqualTo(2_100);
        ImportReport b = importer.commit(v2, "many-v2.csv", new ImportOptions(null, null, null, url,
                java.time.LocalDate.of(2024, 6, 1), false, "test"));
        assertThat(b.refusal()).isNull();
        assertThat(b.revised()).isEqualTo(changed).isEqualTo(300);
        assertThat(b.unchanged()).isEqualTo(2_100 - 300);
        assertThat(b.added()).isZero();
        ImportReport c = importer.commit(v2, "many-v2.csv", new ImportOptions(null, null, null, url,
                java.time.LocalDate.of(2024, 6, 1), false, "test"));
        assertThat(c.added() + c.revised() + c.rejected()).as("the same edition again").isZero();
        assertThat(jdbc.sql("""
                        select vintage || ' ' || obs_value from observation o join series s on s.id = o.series_id
                        where s.indicator_code = 'FL.MANY.0' and s.geography_code = ? and o.period_start = ?
                        order by vintage""").params(geos.get(0), java.time.LocalDate.of(2020, 1, 1))
                .query(String.class).list()).as("a revised value keeps both vintages")
                .containsExactly("2024-01-01 0.5", "2024-06-01 0.75");
    }

    /**
     * What a re-import reads back of a series is what was stored, whatever the period (before year 1, a quarter, a
     * month, a day), the scale (negative, 25 digits) or the vintages: the same file again changes nothing, a later
     * edition with the same values neither, and a different value under the same vintage is refused naming the
     * stored value as the file wrote it.
     */
    @Test
    void aReimportReadsEveryStoredValueBackExactly() throws IOException {
        String rows = """
                indicator,geo,period,value,unit
                FL.BACK,KGZ,-50,1.50,percent
                FL.BACK,KGZ,2020-Q3,1.5E+8,percent
                FL.BACK,KGZ,2020-07,-0.0000000000000000000000123,percent
                FL.BACK,KGZ,2020-07-14,1234567890123456789012345,percent
                FL.BACK,KAZ,2021,-7.14897757727955191,percent
                """;
        Path file = dir.resolve("back.csv");
        Files.writeString(file, rows);
        String url = "https://example.org/back";
        assertThat(importAt(file, url, LocalDate.of(2024, 1, 1)).added()).isEqualTo(5);

        ImportReport again = importAt(file, url, LocalDate.of(2024, 1, 1));
        assertThat(List.of(again.added(), again.revised(), again.unchanged(), again.rejected()))
                .containsExactly(0, 0, 5, 0);
        ImportReport later = importAt(file, url, LocalDate.of(2024, 6, 1));
        assertThat(List.of(later.added(), later.revised(), later.unchanged(), later.rejected()))
                .containsExactly(0, 0, 5, 0);

        Path changed = dir.resolve("back-changed.csv");
        Files.writeString(changed, rows.replace("-50,1.50", "-50,1.6").replace("2020-Q3,1.5E+8", "2020-Q3,2E+8"));
        ImportReport refused = importAt(changed, url, LocalDate.of(2024, 1, 1));
        assertThat(refused.refused()).isTrue();
        assertThat(refused.rejections()).extracting(Rejection::describe).containsExactly(
                "line 2 (\"1.6\"): FL.BACK KGZ -50 already has the value 1.50 as of 2024-01-01 from this source; a "
                        + "different value needs another vintage",
                "line 3 (\"200000000\"): FL.BACK KGZ 2020-Q3 already has the value 150000000 as of 2024-01-01 from "
                        + "this source; a different value needs another vintage");
    }

    /**
     * A series of 12,000 days, more rows than wait for one read of stored values (5,000 on H2, 10,000 on
     * PostgreSQL): its rows wait while the read is in flight, are classified once it is back, and a new edition's
     * revisions are counted exactly.
     */
    @Test
    void aLongSeriesIsClassifiedExactlyWhileItsStoredValuesAreRead() throws IOException {
        Path v1 = dir.resolve("long-v1.csv");
        Path v2 = dir.resolve("long-v2.csv");
        StringBuilder first = new StringBuilder("indicator,geo,period,value,unit\n");
        StringBuilder second = new StringBuilder(first);
        for (int i = 0; i < 12_000; i++) {
            String row = "FL.LONG,KGZ," + LocalDate.of(1990, 1, 1).plusDays(i) + ",";
            first.append(row).append(i).append(".5,percent\n");
            second.append(row).append(i).append(i % 1_000 == 999 ? ".25" : ".5").append(",percent\n");
        }
        second.append("FL.LONG,KAZ,2020,1.5,percent\n");
        Files.writeString(v1, first);
        Files.writeString(v2, second);
        String url = "https://example.org/long";
        assertThat(importAt(v1, url, LocalDate.of(2024, 1, 1)).added()).isEqualTo(12_000);
        ImportReport b = importAt(v2, url, LocalDate.of(2024, 6, 1));
        assertThat(List.of(b.added(), b.revised(), b.unchanged(), b.rejected())).containsExactly(1, 12, 11_988, 0);
        ImportReport c = importAt(v2, url, LocalDate.of(2024, 6, 1));
        assertThat(List.of(c.added(), c.revised(), c.unchanged(), c.rejected())).containsExactly(0, 0, 12_001, 0);
    }

    @Test
    void twoEditionsOfAWdiFileKeepBothVintages() {
        ImportReport y2017 = commit("wdi-gdp-growth-2017.csv");
        assertThat(y2017.vintage()).hasToString("2017-09-15");
        assertThat(y2017.added()).isEqualTo(8);

        ImportReport y2024 = commit("wdi-gdp-growth-2024.csv");
        assertThat(y2024.vintage()).hasToString("2024-06-28");
        assertThat(List.of(y2024.added(), y2024.revised(), y2024.unchanged(), y2024.rejected()))
                .containsExactly(3, 3, 5, 0);

        List<String> kgz2016 = jdbc.sql("""
                        select vintage, obs_value from observation o join series s on s.id = o.series_id
                        where s.indicator_code = 'NY.GDP.PCAP.KD.ZG' and s.geography_code = 'KGZ' and period_start = date '2016-01-01' order by vintage""")
                .query((rs, i) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
                .list();
        assertThat(kgz2016).containsExactly("2017-09-15 3.8", "2024-06-28 4.34");
    }

    @Test
    void aMalformedFileIsRefusedWithItsReasonAndTheDatabaseIsUnchanged() {
        List<String> before = state();
        ImportReport r = commit("malformed-quote.csv");
        assertThat(r.refused()).isTrue();
        assertThat(r.refusal()).contains("malformed-quote.csv: not readable as CSV");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void rejectedLinesRefuseTheFileUnlessTheyAreSkipped() {
        List<String> before = state();
        ImportReport strict = commit("bad-values.csv");
        assertThat(strict.refused()).isTrue();
        assertThat(strict.refusal()).startsWith("3 lines were rejected");
        assertThat(strict.rejections()).extracting(Rejection::describe).containsExactly(
                "line 3, column 3 (\"20x9\"): not a period (2020, 2020-Q3, 2020-07 or 2020-07-14)",
                "line 4, column 4 (\"minus eight\"): not a number",
                "line 5 (\"ZZZ\"): unknown geography: not an ISO 3166 alpha-3 code and not yet in Factline");
        assertThat(state()).isEqualTo(before);

        ImportReport lenient = commit("bad-values.csv", ImportOptions.defaults("test").withSkipInvalid(true)
                .withSourceUrl("https://example.org/kgz-gdp"));
        assertThat(lenient.committed()).isTrue();
        assertThat(lenient.added()).isEqualTo(1);
        assertThat(lenient.rejected()).isEqualTo(3);
    }

    @Test
    void aFailureAfterManyWrittenBatchesLeavesNothingBehind() throws IOException {
        StringBuilder csv = new StringBuilder("indicator,geo,period,value\n");
        for (int day = 0; day < 12_000; day++) {
            csv.append("FL.TEST.DAILY,KGZ,").append(java.time.LocalDate.of(1990, 1, 1).plusDays(day)).append(",")
                    .append(day).append('\n');
        }
        csv.append("FL.TEST.DAILY,KGZ,2030-01-01,not-a-number\n");
        Path file = dir.resolve("long-with-a-bad-last-line.csv");
        Files.writeString(file, csv);

        List<String> before = state();
        ImportReport r = importer.commit(file, file.getFileName().toString(), ImportOptions.defaults("test"));
        assertThat(r.added()).as("rows written in batches before the bad line").isEqualTo(12_000);
        assertThat(r.refused()).isTrue();
        assertThat(state()).isEqualTo(before);
    }

    /**
     * 450 series (3 indicators x 150 economies), ten years each, imported, then again at a later vintage with every
     * seventh value changed, a year more for every fourth series, and every row twice: more series than one read of
     * stored values takes, so several reads follow one another (on PostgreSQL, each while the next rows are read),
     * and a row must be classified against what the rows before it added, not against a read that started earlier.
     */
    @Test
    void aReimportOfManySeriesCountsEveryRevisionInEitherFileOrder() throws IOException {
        List<String> geos = java.util.Arrays.stream(java.util.Locale.getISOCountries(
                java.util.Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new)).sorted().limit(150).toList();
        List<String> indicators = List.of("FL.TEST.MANY.A", "FL.TEST.MANY.B", "FL.TEST.MANY.C");
        for (boolean yearOrder : List.of(true, false)) {
            String url = "https://example.org/many-" + yearOrder;
            java.util.function.BiFunction<Boolean, String, Path> file = (revised, name) -> {
                StringBuilder csv = new StringBuilder("indicator,geo,period,value\n");
                List<String> lines = new java.util.ArrayList<>();
                int series = 0;
                for (String geo : geos) {
                    for (String indicator : indicators) {
                        int s = series++;
                        for (int year = 2000; year <= (revised && s % 4 == 0 ? 2010 : 2009); year++) {
                            int value = s * 100 + year - 2000;
                            boolean changed = revised && year < 2010 && (s * 10 + year) % 7 == 0;
                            lines.add((yearOrder ? year + "|" : "") + indicator + "," + geo + "," + year + ","
                                    + value + (changed ? ".5" : ""));
                        }
                    }
                }
                if (yearOrder) {
                    java.util.Collections.sort(lines);
                }
                if (revised) {
                    lines.addAll(List.copyOf(lines)); // every row twice: the second time, unchanged
                }
                lines.forEach(l -> csv.append(l.substring(l.indexOf('|') + 1)).append('\n'));
                Path f = dir.resolve(name);
                try {
                    Files.writeString(f, csv);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return f;
            };
            ImportOptions first = new ImportOptions(null, null, null, url, java.time.LocalDate.of(2024, 1, 1), false,
                    "test");
            ImportOptions later = new ImportOptions(null, null, null, url, java.time.LocalDate.of(2024, 6, 1), false,
                    "test");
            Path original = file.apply(false, "many-" + yearOrder + ".csv");
            Path revised = file.apply(true, "many-revised-" + yearOrder + ".csv");

            ImportReport r1 = importer.commit(original, original.getFileName().toString(), first);
            assertThat(List.of(r1.added(), r1.revised(), r1.unchanged(), r1.rejected())).as("first, year order "
                    + yearOrder).containsExactly(4_500, 0, 0, 0);
            ImportReport r2 = importer.commit(revised, revised.getFileName().toString(), later);
            long changed = 0;
            for (int s = 0; s < 450; s++) {
                for (int year = 2000; year < 2010; year++) {
                    changed += (s * 10 + year) % 7 == 0 ? 1 : 0;
                }
            }
            assertThat(List.of(r2.added(), r2.revised(), r2.unchanged(), r2.rejected())).as("later, year order "
                    + yearOrder).containsExactly(113, (int) changed, 4_500 - (int) changed + 4_613, 0);
            ImportReport r3 = importer.commit(revised, revised.getFileName().toString(), later);
            assertThat(List.of(r3.added(), r3.revised(), r3.unchanged(), r3.rejected())).as("again, year order "
                    + yearOrder).containsExactly(0, 0, 2 * 4_613, 0);
        }
    }

    @Test
    void owidColumnsMatchIndicatorsByNameAndRegionsAreCreated() {
        ImportReport r = commit("gdp-growth-owid.csv");
        assertThat(r.refused()).isFalse();
        assertThat(r.notes()).contains("Column 5 \"Notes\" holds text, not numbers: skipped");
        assertThat(r.notes()).noneMatch(n -> n.startsWith("Creates the indicator"));
        BigDecimal kgz2020 = jdbc.sql("""
                        select o.obs_value from observation o join series s on s.id = o.series_id
                        join source src on src.id = s.source_id
                        where s.indicator_code = 'NY.GDP.MKTP.KD.ZG' and s.geography_code = 'KGZ'
                        and o.period_start = date '2020-01-01' and src.url like 'https://ourworldindata.org/%'""")
                .query(BigDecimal.class).single();
        assertThat(kgz2020).isEqualByComparingTo("-7.15");
        assertThat(jdbc.sql("select kind from geography where code = 'OWID_WRL'").query(String.class).single())
                .isEqualTo("AGGREGATE");
        assertThat(jdbc.sql("select code from geography where name = 'Europe and Central Asia (WB)'")
                .query(String.class).single()).startsWith("X_EUROPE_AND");
    }

    @Test
    void theWdiMetadataCompanionsEnrichGeographiesAndIndicators() throws IOException {
        Path countries = dir.resolve("Metadata_Country_API_X.csv");
        Files.writeString(countries, "\uFEFF\"Country Code\",\"Region\",\"IncomeGroup\",\"SpecialNotes\",\"TableName\",\r\n"
                + "\"KGZ\",\"Europe & Central Asia\",\"Upper middle income\",\"\",\"Kyrgyz Republic\",\r\n"
                + "\"XZZ\",\"\",\"\",\"\",\"Test aggregate\",\r\n");
        ImportReport r = importer.commit(countries, countries.getFileName().toString(), ImportOptions.defaults("test"));
        assertThat(r.format()).isEqualTo(ImportFormat.WDI_COUNTRIES);
        assertThat(r.notes()).contains("Geographies: 1 added, 1 updated, 0 unchanged (metadata only; undoing the "
                + "import leaves them as they are)");
        assertThat(jdbc.sql("select income_group from geography where code = 'KGZ'").query(String.class).single())
                .isEqualTo("Upper middle income");
        assertThat(jdbc.sql("select kind from geography where code = 'XZZ'").query(String.class).single())
                .isEqualTo("AGGREGATE");
        ImportReport again = importer.commit(countries, countries.getFileName().toString(),
                ImportOptions.defaults("test"));
        assertThat(again.notes()).contains("Geographies: 0 added, 0 updated, 2 unchanged (metadata only; undoing the "
                + "import leaves them as they are)");

        Path indicators = Path.of("data/wdi/Metadata_Indicator_API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350.csv");
        ImportReport i = importer.preview(indicators, indicators.getFileName().toString(), ImportOptions.defaults("test"));
        assertThat(i.format()).isEqualTo(ImportFormat.WDI_INDICATORS);
        assertThat(i.notes()).contains("Indicators: 0 added, 0 updated, 1 unchanged (metadata only; undoing the "
                + "import leaves them as they are)");
    }

    @Test
    void seriesSummariesFollowImportsAndUndos() {
        ImportReport r = commit("fred-GDPC1-old.csv");
        String summary = "select observations || ' ' || latest_period || ' ' || cast(latest_value as decimal(20, 3)) || "
                + "' ' || previous_period from series_summary where indicator_code = 'GDPC1' and geography_code = 'USA'";
        assertThat(jdbc.sql(summary).query(String.class).single()).isEqualTo("4 2020-10-01 18767.778 2020-04-01");
        importer.undo(r.importId());
        assertThat(jdbc.sql(summary).query(String.class).optional()).isEmpty();
    }

    @Test
    void anImportIsUndoneAsAWholeButNotUnderItsCitations() {
        long before = count("observation");
        ImportReport r = commit("tidy-long.csv");
        assertThat(count("observation")).isEqualTo(before + 3);
        assertThat(importer.undo(r.importId())).isEqualTo(3);
        assertThat(count("observation")).isEqualTo(before);
        assertThat(importer.find(r.importId()).orElseThrow().undone()).isTrue();
        assertThatThrownBy(() -> importer.undo(r.importId())).hasMessageContaining("was already undone");

        ImportReport again = commit("tidy-long.csv");
        assertThat(again.added()).isEqualTo(3);
        long article = sources.findByUrl("https://www.themoscowtimes.com/2021/02/24/reset-with-russia-kyrgyzstans"
                + "-president-heads-to-moscow-a73048").orElseThrow().id();
        long loan = jdbc.sql("select o.id from observation o join series s on s.id = o.series_id where o.import_id = ? "
                + "and s.indicator_code = 'FL.EAEU.ACF.LOAN'")
                .param(again.importId()).query(Long.class).single();
        citations.add(new NewCitation(loan, article, "$100 million", "a $100 million loan", null, null));
        assertThatThrownBy(() -> importer.undo(again.importId()))
                .hasMessageContaining("added 1 observation that an article cites: remove those citations first");
    }

    @Test
    void theWdiCatalogFilesGiveIndicatorsTheirTopicDefinitionAndSourceAndEconomiesTheirGroups() {
        long indicatorsBefore = indicators.find("FP.CPI.TOTL.ZG").isPresent() ? 11 : 1;
        ImportReport series = commit("WDISeries-sample.csv");
        assertThat(series.format()).isEqualTo(ImportFormat.WDI_INDICATORS);
        assertThat(series.detectedBecause()).contains("Series Code, Topic, Indicator Name");
        assertThat(series.refusal()).isNull();
        // Only GDP growth is there before (the seed), unless an earlier test of this context imported the sample:
        // then nothing is added and each of the 11 is either updated or unchanged.
        int[] counts = metadataCounts(series, "Indicators");
        if (indicatorsBefore == 1) {
            assertThat(counts).containsExactly(10, 1, 0);
        } else {
            assertThat(counts[0]).isZero();
            assertThat(counts[1] + counts[2]).isEqualTo(11);
        }
        org.factline.indicator.Indicator cpi = indicators.find("FP.CPI.TOTL.ZG").orElseThrow();
        assertThat(cpi.name()).isEqualTo("Inflation, consumer prices (annual %)");
        assertThat(cpi.topic()).isEqualTo("Financial Sector: Exchange rates & prices");
        assertThat(cpi.unit()).isEqualTo("percent");
        assertThat(cpi.description()).startsWith("Inflation as measured by the consumer price index");
        assertThat(cpi.sourceOrganization()).startsWith("International Monetary Fund");
        assertThat(indicators.find("NY.GDP.MKTP.KD.ZG").orElseThrow().topic())
                .isEqualTo("Economic Policy & Debt: National accounts: Growth rates");
        assertThat(indicators.find("NY.GDP.MKTP.CD").orElseThrow().unit()).isEqualTo("USD");

        ImportReport again = commit("WDISeries-sample.csv");
        assertThat(again.notes()).contains("Indicators: 0 added, 0 updated, 11 unchanged (metadata only; undoing "
                + "the import leaves them as they are)");

        ImportReport countries = commit("WDICountry-sample.csv");
        assertThat(countries.format()).isEqualTo(ImportFormat.WDI_COUNTRIES);
        assertThat(countries.refusal()).isNull();
        org.factline.geography.Geography kgz = geographies.find("KGZ").orElseThrow();
        assertThat(kgz.region()).isEqualTo("Europe & Central Asia");
        assertThat(kgz.incomeGroup()).isEqualTo("Lower middle income");
        assertThat(geographies.find("LMC").orElseThrow().kind())
                .isEqualTo(org.factline.geography.GeographyKind.AGGREGATE);
    }

    @Test
    void anImfWorldEconomicOutlookFileInUtf16ImportsWithItsScalesAndEstimates() {
        ImportReport weo = commit("WEOApr2024all.xls");
        assertThat(weo.refusal()).isNull();
        assertThat(weo.format()).isEqualTo(ImportFormat.WEO);
        assertThat(weo.dialect()).isEqualTo("UTF-16LE with BOM, tab-separated, decimal point");
        assertThat(weo.vintage()).isEqualTo(java.time.LocalDate.of(2024, 4, 1));
        assertThat(weo.added()).isEqualTo(78); // 7 rows x 12 years, less 6 missing ("n/a", "--")
        assertThat(value("WEO.NGDPD", "KGZ", 2023)).isEqualByComparingTo("13988000000");
        assertThat(value("WEO.NGDP", "RUS", 2023)).isEqualByComparingTo("172148301000000");
        assertThat(status("WEO.NGDP_RPCH", "KGZ", 2023)).isEqualTo("OFFICIAL");
        assertThat(status("WEO.NGDP_RPCH", "KGZ", 2024)).isEqualTo("ESTIMATE");
        assertThat(indicators.find("WEO.NGDPD").orElseThrow().name())
                .isEqualTo("Gross domestic product, current prices (U.S. dollars, billions)");
        assertThat(indicators.find("WEO.NGDPD").orElseThrow().unit()).isEqualTo("USD");
        assertThat(geographies.find("UVK").orElseThrow().name()).isEqualTo("Kosovo");

        ImportReport again = commit("WEOApr2024all.xls");
        assertThat(again.added() + again.revised()).isZero();
        assertThat(again.unchanged()).isEqualTo(78);
    }

    @Test
    void anOlderLatin1WorldEconomicOutlookFileWithABadCellIsRefusedAndWritesNothing() {
        List<String> before = state();
        ImportReport weo = commit("WEOOct2019-latin1.xls");
        assertThat(weo.format()).isEqualTo(ImportFormat.WEO);
        assertThat(weo.dialect()).startsWith("Windows-1252, tab-separated");
        assertThat(weo.refusal()).startsWith("1 line was rejected");
        assertThat(weo.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isEqualTo(12);
            assertThat(r.value()).isEqualTo("6.3x1");
        });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aEurostatTsvFileImportsWithItsFlagsPlainOrGzipped() {
        ImportReport plain = commit("estat_nama_10_gdp.tsv");
        assertThat(plain.refusal()).as("%s", plain.rejections()).isNull();
        assertThat(plain.format()).isEqualTo(ImportFormat.EUROSTAT);
        assertThat(plain.dialect()).startsWith("UTF-8, tab-separated");
        assertThat(plain.added()).isEqualTo(25); // 6 rows x 5 years, less 5 missing (":", ": c")
        assertThat(value("NAMA_10_GDP.CLV_PCH_PRE.B1GQ", "GRC", 2020)).isEqualByComparingTo("-9.3");
        assertThat(value("NAMA_10_GDP.CP_MEUR.B1GQ", "AUT", 2022)).isEqualByComparingTo("447218500000");
        assertThat(status("NAMA_10_GDP.CLV_PCH_PRE.B1GQ", "AUT", 2023)).isEqualTo("PRELIMINARY");
        assertThat(status("NAMA_10_GDP.CLV_PCH_PRE.B1GQ", "EU27_2020", 2023)).isEqualTo("ESTIMATE");
        assertThat(status("NAMA_10_GDP.CLV_PCH_PRE.B1GQ", "GBR", 2019)).isEqualTo("OFFICIAL");
        assertThat(indicators.find("NAMA_10_GDP.CLV_PCH_PRE.B1GQ").orElseThrow().unit()).isEqualTo("percent");

        ImportReport gzipped = commit("estat_nama_10_gdp.tsv.gz");
        assertThat(gzipped.refusal()).isNull();
        assertThat(gzipped.format()).isEqualTo(ImportFormat.EUROSTAT);
        assertThat(gzipped.added() + gzipped.revised()).isZero();
        assertThat(gzipped.unchanged()).isEqualTo(25);
    }

    @Test
    void anOlderEurostatFileNamesItsBadCellAndWritesNothing() {
        List<String> before = state();
        ImportReport old = commit("namq_10_gdp.tsv");
        assertThat(old.format()).isEqualTo(ImportFormat.EUROSTAT);
        assertThat(old.refusal()).startsWith("1 line was rejected");
        assertThat(old.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isEqualTo(3);
            assertThat(r.value()).isEqualTo("0.1x");
        });
        assertThat(state()).isEqualTo(before);
        ImportReport skipped = commit("namq_10_gdp.tsv", ImportOptions.defaults("test").withSkipInvalid(true));
        assertThat(skipped.added()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from observation o join series s on s.id = o.series_id"
                + " where s.indicator_code = 'NAMQ_10_GDP.CLV_PCH_PRE.SCA.B1GQ'"
                + " and frequency = 'Q'").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aWdiZipAsTheWorldBankServesItImportsItsCatalogAndDataInOneImport() throws IOException {
        // The bulk download's layout: the wide data file without its preamble, the catalog files, and files
        // Factline does not read (footnotes).
        Path zip = dir.resolve("WDI_CSV.zip");
        String data = Files.readString(FIXTURES.resolve("wdi-gdp-growth-2024.csv"));
        // (its indicators renamed, so that this test's series are its own)
        data = data.substring(data.indexOf("\"Country Name\"")).replace("\"NY.", "\"ZIP.NY.");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "WDICSV.csv", data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            entry(out, "WDISeries.csv", Files.readAllBytes(FIXTURES.resolve("WDISeries-sample.csv")));
            entry(out, "WDICountry.csv", Files.readAllBytes(FIXTURES.resolve("WDICountry-sample.csv")));
            entry(out, "WDIfootnote.csv", ("\"CountryCode\",\"SeriesCode\",\"Year\",\"DESCRIPTION\",\n\"KGZ\","
                    + "\"SP.POP.TOTL\",\"YR2020\",\"Estimate\",\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        // The bulk file states no "Last Updated Date": the edition's date is given on import.
        ImportReport r = importer.commit(zip, "WDI_CSV.zip", new ImportOptions(null, null, null, null,
                java.time.LocalDate.of(2024, 6, 28), false, "test"));
        assertThat(r.refusal()).isNull();
        assertThat(r.format()).isEqualTo(ImportFormat.WDI);
        assertThat(r.detectedBecause()).contains("WDI_CSV.zip: WDISeries.csv", "WDI_CSV.zip: WDICountry.csv",
                "WDI_CSV.zip: WDICSV.csv");
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Skips WDI_CSV.zip: WDIfootnote.csv"))
                .anyMatch(n -> n.matches("Indicators: \\d+ added, \\d+ updated, \\d+ unchanged .*"))
                .anyMatch(n -> n.startsWith("Geographies: "));
        assertThat(r.added() + r.revised() + r.unchanged()).isPositive();
        assertThat(indicators.find("FP.CPI.TOTL.ZG").orElseThrow().topic())
                .isEqualTo("Financial Sector: Exchange rates & prices");

        Path broken = dir.resolve("broken.zip");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        List<String> before = state();
        ImportReport refused = importer.commit(broken, "broken.zip", ImportOptions.defaults("test"));
        assertThat(refused.refusal()).isEqualTo("broken.zip holds no file in a layout Factline reads");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aDataBankZipOfTheSeedsEditionAddsOnlyWhatIsNewAndReImportsWithNoChange() throws IOException {
        // DataBank's "Download options > CSV": a zip of the data file and the series' metadata.
        Path zip = dir.resolve("P_Data_Extract_From_World_Development_Indicators.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "3b5c0e1a-4a4e-4a4b-9d5e-2f4c1e0b7a11_Data.csv",
                    Files.readAllBytes(FIXTURES.resolve("databank-wdi-series-rows.csv")));
            entry(out, "3b5c0e1a-4a4e-4a4b-9d5e-2f4c1e0b7a11_Series - Metadata.csv",
                    Files.readAllBytes(FIXTURES.resolve("databank-wdi-series-metadata.csv")));
        }
        ImportReport first = importer.commit(zip, zip.getFileName().toString(), ImportOptions.defaults("test"));
        assertThat(first.refusal()).as("%s", first.rejections()).isNull();
        assertThat(first.format()).isEqualTo(ImportFormat.DATABANK);
        assertThat(first.vintage()).isEqualTo(java.time.LocalDate.of(2024, 6, 28));
        // The seed holds the same edition of GDP growth: its 8 values are unchanged, inflation's 8 are new.
        assertThat(List.of(first.added(), first.revised(), first.unchanged())).containsExactly(8, 0, 8);
        assertThat(value("FP.CPI.TOTL.ZG", "KGZ", 2020)).isEqualTo(new BigDecimal("6.32542296338078"));
        assertThat(indicators.find("FP.CPI.TOTL.ZG").orElseThrow().topic())
                .isEqualTo("Financial Sector: Exchange rates & prices");

        ImportReport again = commit("databank-wdi-series-rows.csv");
        assertThat(List.of(again.added(), again.revised(), again.unchanged())).containsExactly(0, 0, 16);
    }

    @Test
    void anExcelSheetInAnySupportedLayoutImportsAndAMissingSheetIsNamed() throws IOException {
        Path xlsx = dir.resolve("kgz-figures.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Figures compiled by the desk");
            org.apache.poi.ss.usermodel.Sheet data = wb.createSheet("Data");
            String[] header = {"indicator", "geo", "period", "value", "unit"};
            org.apache.poi.ss.usermodel.Row h = data.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {{"FL.XLSX.RATE", "KGZ", 2019.0, 0.1, "percent"},
                {"FL.XLSX.RATE", "KGZ", 2020.0, -8.625, "percent"},
                {"FL.XLSX.RATE", "KGZ", "2021", 1234567.891, "percent"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = data.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        ImportReport first = importer.commit(xlsx, "kgz-figures.xlsx", ImportOptions.defaults("test"));
        assertThat(first.refusal()).contains("kgz-figures.xlsx: Notes", "not a layout Factline knows");

        ImportReport missing = importer.commit(xlsx, "kgz-figures.xlsx",
                ImportOptions.defaults("test").withSheet("Figures"));
        assertThat(missing.refusal()).isEqualTo("kgz-figures.xlsx: no sheet \"Figures\"; the workbook has [Notes, Data]");

        ImportReport sheet = importer.commit(xlsx, "kgz-figures.xlsx", ImportOptions.defaults("test").withSheet("Data"));
        assertThat(sheet.refusal()).isNull();
        assertThat(sheet.format()).isEqualTo(ImportFormat.LONG);
        assertThat(sheet.added()).isEqualTo(3);
        assertThat(value("FL.XLSX.RATE", "KGZ", 2019)).isEqualByComparingTo("0.1");
        assertThat(value("FL.XLSX.RATE", "KGZ", 2020)).isEqualByComparingTo("-8.625");
        assertThat(value("FL.XLSX.RATE", "KGZ", 2021)).isEqualByComparingTo("1234567.891");
    }

    private static void entry(java.util.zip.ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new java.util.zip.ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private java.math.BigDecimal value(String indicator, String geo, int year) {
        return jdbc.sql("select obs_value from observation o join series s on s.id = o.series_id "
                + "where s.indicator_code = ? and s.geography_code = ? and period_start = ?").params(indicator, geo, java.time.LocalDate.of(year, 1, 1))
                .query(java.math.BigDecimal.class).single();
    }

    private String status(String indicator, String geo, int year) {
        return jdbc.sql("select status from observation o join series s on s.id = o.series_id "
                + "where s.indicator_code = ? and s.geography_code = ? and period_start = ?").params(indicator, geo, java.time.LocalDate.of(year, 1, 1))
                .query(String.class).single();
    }
}
