package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.factline.FactlineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** Background imports: progress while they run, a report when they end, and a cancel that writes nothing. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportJobsTest {

    @Autowired
    ImportJobs jobs;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private Path tidy(String indicator, int days) throws IOException {
        Path file = Files.createTempFile(dir, "job-", ".csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("indicator,geo,period,value,unit\n");
            LocalDate day = LocalDate.of(1900, 1, 1);
            for (int i = 0; i < days; i++) {
                w.write(indicator + ",KGZ," + day.plusDays(i) + "," + (i % 1000) / 10.0 + ",percent\n");
            }
        }
        return file;
    }

    private long observations(String indicator) {
        return jdbc.sql("select count(*) from observation o join series s on s.id = o.series_id where s.indicator_code = ?").param(indicator)
                .query(Long.class).single();
    }

    @Test
    void aJobReportsItsProgressAndItsReport() throws Exception {
        Path file = tidy("FL.JOB.DONE", 20_000);
        ImportJobs.Job job = jobs.submit(file, "done.csv", ImportOptions.defaults("test"));
        ImportReport report = job.report().get(60, TimeUnit.SECONDS);
        assertThat(report.refusal()).isNull();
        assertThat(report.added()).isEqualTo(20_000);
        assertThat(job.progress().rows()).isEqualTo(20_000);
        assertThat(job.progress().fraction()).isEqualTo(1.0);
        assertThat(job.progress().describe()).startsWith("20,000 rows · ").contains("rows/s · 100%");
        assertThat(jobs.recent()).extracting(ImportJobs.Job::id).contains(job.id());
        assertThat(Files.exists(file)).as("the job deletes its file").isFalse();
    }

    @Test
    void aCancelledJobWritesNothing() throws Exception {
        Path file = tidy("FL.JOB.CANCELLED", 400_000);
        ImportJobs.Job job = jobs.submit(file, "cancelled.csv", ImportOptions.defaults("test"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (job.progress().rows() < 5_000 && job.running() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        job.progress().cancel();
        ImportReport report = job.report().get(60, TimeUnit.SECONDS);
        assertThat(report.refusal()).startsWith("cancelled after ").endsWith("rows: nothing of this file was imported");
        assertThat(report.committed()).isFalse();
        assertThat(observations("FL.JOB.CANCELLED")).isZero();
    }
}
