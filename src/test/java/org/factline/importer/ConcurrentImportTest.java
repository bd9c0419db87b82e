package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factline.FactlineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** Two imports of overlapping data at the same moment: no duplicates, and a clear conflict for the one that loses. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentImportTest {

    @Autowired
    ImportService importer;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void overlappingImportsLeaveNoDuplicatesAndReportTheConflict() throws Exception {
        int rows = 20_000;
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            Path csv = dir.resolve("overlap-" + f + ".csv");
            try (BufferedWriter w = Files.newBufferedWriter(csv)) {
                w.write("indicator,geo,period,value,source_url\n");
                // The two files share every row; the second has 1,000 rows more.
                for (int i = 0; i < rows + f * 1_000; i++) {
                    w.write("FL.RACE,KGZ," + LocalDate.of(1950, 1, 1).plusDays(i) + "," + (i % 100) + ".5,"
                            + "https://example.org/race\n");
                }
            }
            files.add(csv);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ImportReport>> results = new ArrayList<>();
        for (Path f : files) {
            results.add(pool.submit(() -> {
                go.await();
                return importer.commit(f, f.getFileName().toString(),
                        new ImportOptions(null, null, null, null, null, false, "race"));
            }));
        }
        go.countDown();
        List<ImportReport> reports = new ArrayList<>();
        for (Future<ImportReport> r : results) {
            reports.add(r.get());
        }
        pool.shutdown();

        long stored = jdbc.sql("select count(*) from observation o join series s on s.id = o.series_id where s.indicator_code = 'FL.RACE'").query(Long.class)
                .single();
        long distinct = jdbc.sql("""
                select count(*) from (select distinct period_start, source_id, vintage from observation o join series s on s.id = o.series_id
                                      where s.indicator_code = 'FL.RACE') d""").query(Long.class).single();
        assertThat(stored).as("no duplicates").isEqualTo(distinct);
        int committed = 0;
        for (ImportReport r : reports) {
            if (r.committed()) {
                committed++;
            } else {
                assertThat(r.refusal()).startsWith("conflict: another import wrote some of the same observations");
            }
        }
        assertThat(committed).isGreaterThanOrEqualTo(1);
        long added = reports.stream().filter(ImportReport::committed).mapToLong(ImportReport::added).sum();
        assertThat(stored).as("what the committed imports say they added").isEqualTo(added);
        System.out.println("concurrent imports: " + reports.stream().map(r -> r.committed() ? "committed, added "
                + r.added() + ", unchanged " + r.unchanged() : "refused: " + r.refusal()).toList());
    }
}
