package org.factline.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports that run in the background, one at a time, so that no request or page waits on a large file: each job has
 * its progress (rows, rows/s, time left), can be cancelled (nothing is written then), and is kept for an hour after
 * it ends so that a page reloaded in the meantime still shows it.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    /** One background import. */
    public record Job(long id, String fileName, String user, Instant started, ImportProgress progress,
                      CompletableFuture<ImportReport> report) {

        public boolean running() {
            return !report.isDone();
        }
    }

    private final ImportService importer;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factline-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    ImportJobs(ImportService importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /**
     * Imports the file in the background; the job owns the file from now on and deletes it when done.
     */
    public Job submit(Path file, String fileName, ImportOptions options) {
        forgetOld();
        ImportProgress progress = new ImportProgress();
        CompletableFuture<ImportReport> report = new CompletableFuture<>();
        Job job = new Job(ids.incrementAndGet(), fileName, options.user(), Instant.now(clock), progress, report);
        jobs.put(job.id(), job);
        worker.execute(() -> {
            ImportReport done = null;
            RuntimeException failed = null;
            try {
                done = importer.commit(file, fileName, options, progress);
            } catch (RuntimeException e) {
                log.error("background import of {} failed", fileName, e);
                failed = e;
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
            if (failed == null) {
                report.complete(done);
            } else {
                report.completeExceptionally(failed);
            }
        });
        return job;
    }

    public Optional<Job> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The jobs still running or ended within the hour, the newest first. */
    public List<Job> recent() {
        forgetOld();
        return jobs.values().stream().sorted(Comparator.comparingLong(Job::id).reversed()).toList();
    }

    private void forgetOld() {
        Instant before = Instant.now(clock).minus(KEPT);
        jobs.values().removeIf(j -> !j.running() && j.started().isBefore(before));
    }
}
