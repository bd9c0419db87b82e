package org.factline.importer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.factline.audit.AuditLog;
import org.factline.citation.CitationService;
import org.factline.geography.GeographyService;
import org.factline.indicator.IndicatorService;
import org.factline.measure.FigureFormat;
import org.factline.observation.ObservationService;
import org.factline.problem.Conflict;
import org.factline.problem.NotFound;
import org.factline.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes CSV files in. {@link #preview} runs the whole import and rolls it back, so what it reports is exactly what
 * {@link #commit} will do; {@link #commit} runs it in one transaction, so a file is imported whole or not at all.
 * By default a file with any rejected line is refused; {@link ImportOptions#skipInvalid()} imports the rest.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** How many rows an import writes for the database's statistics to be refreshed after it. */
    static final int BIG_IMPORT = 50_000;

    private final TransactionTemplate tx;
    private final Clock clock;
    private final ImportLog importLog;
    private final GeographyService geographies;
    private final IndicatorService indicators;
    private final SourceService sources;
    private final ObservationService observations;
    private final CitationService citations;
    private final MeterRegistry meters;
    private final AuditLog audit;

    ImportService(TransactionTemplate tx, Clock clock, ImportLog importLog,
                  GeographyService geographies, IndicatorService indicators, SourceService sources,
                  ObservationService observations, CitationService citations, MeterRegistry meters, AuditLog audit) {
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.importLog = importLog;
        this.geographies = geographies;
        this.indicators = indicators;
        this.sources = sources;
        this.observations = observations;
        this.citations = citations;
        this.meters = meters;
    }

    /** What importing the file would do; the database is left as it was. */
    public ImportReport preview(Path file, String fileName, ImportOptions options) {
        return timed(false, () -> run(file, fileName, options, false, new ImportProgress()));
    }

    /** Imports the file whole, or, when it is refused, not at all. */
    public ImportReport commit(Path file, String fileName, ImportOptions options) {
        return commit(file, fileName, options, new ImportProgress());
    }

    /**
     * Imports the file whole, reporting how far it has come to {@code progress}; cancelling it there rolls the
     * import back whole.
     */
    public ImportReport commit(Path file, String fileName, ImportOptions options, ImportProgress progress) {
        return timed(true, () -> run(file, fileName, options, true, progress));
    }

    /** Times each import as {@code factline.import} (tags: mode preview/commit, outcome imported/refused/error). */
    private ImportReport timed(boolean commit, java.util.function.Supplier<ImportReport> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            ImportReport report = work.get();
            outcome = report.refused() ? "refused" : "imported";
            return report;
        } finally {
            sample.stop(Timer.builder("factline.import").description("Time to read and write one import file")
                    .tag("mode", commit ? "commit" : "preview").tag("outcome", outcome).register(meters));
        }
    }

    private ImportReport run(Path file, String fileName, ImportOptions options, boolean commit,
                             ImportProgress progress) {
        long size;
        String checksum;
        try {
            size = Files.size(file);
            checksum = sha256(file);
        } catch (IOException e) {
            return ImportReport.refusedBeforeReading(fileName, 0, null, "cannot read the file: " + e.getMessage());
        }
        try (Compressed.Parts parts = Compressed.unpack(file, fileName, options.sheet())) {
            long total = 0;
            for (Compressed.Part p : parts.parts()) {
                total += Files.size(p.path());
            }
            progress.totalBytes(total);
            return read(parts.parts(), fileName, options, commit, size, checksum, progress);
        } catch (IOException e) {
            return ImportReport.refusedBeforeReading(fileName, size, checksum, e.getMessage());
        }
    }

    /** A file read for import, and its detected layout. */
    private record Part(CsvFile csv, CsvFile.Detected detected) {

        boolean metadata() {
            return detected.format() == ImportFormat.WDI_COUNTRIES || detected.format() == ImportFormat.WDI_INDICATORS;
        }
    }

    /**
     * Detects the layout of each file (a zip holds several: metadata files are read first, files Factline does not
     * read are skipped with a note), then imports them all in one transaction.
     */
    private ImportReport read(List<Compressed.Part> files, String fileName, ImportOptions options, boolean commit,
                              long size, String checksum, ImportProgress progress) {
        List<Part> parts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Compressed.Part f : files) {
            CsvFile csv = new CsvFile(f.path(), f.name());
            try {
                parts.add(new Part(csv, csv.detect(options.format())));
            } catch (IllegalArgumentException e) {
                if (files.size() == 1) {
                    return ImportReport.refusedBeforeReading(fileName, size, checksum, e.getMessage());
                }
                skipped.add("Skips " + f.name() + ": " + e.getMessage());
            }
        }
        if (parts.isEmpty()) {
            return ImportReport.refusedBeforeReading(fileName, size, checksum, fileName + " holds no file in a layout "
                    + "Factline reads" + (skipped.isEmpty() ? "" : " (" + String.join("; ", skipped) + ")"));
        }
        parts.sort(java.util.Comparator.comparing((Part p) -> !p.metadata()));
        ImportReport report;
        try {
            report = transaction(fileName, options, commit, parts, skipped, size, checksum, progress);
        } catch (org.springframework.dao.DataIntegrityViolationException
                 | org.springframework.dao.TransientDataAccessException e) {
            log.warn("import of {} refused: it conflicted with another import writing at the same time ({})",
                    fileName, e.getMostSpecificCause().getMessage());
            return ImportReport.refusedBeforeReading(fileName, size, checksum, "conflict: another import wrote some of "
                    + "the same observations (same indicator, geography, period, source and vintage) at the same time, "
                    + "so nothing of this file was imported. Import it again: what the other import added will count "
                    + "as unchanged.");
        }
        return report;
    }

    private ImportReport transaction(String fileName, ImportOptions options, boolean commit, List<Part> parts,
                                     List<String> skipped, long size, String checksum, ImportProgress progress) {
        Part main = parts.stream().filter(p -> !p.metadata()).findFirst().orElse(parts.get(0));
        CsvFile.Detected detected = main.detected();
        String reason = parts.size() == 1 ? detected.reason() : parts.stream()
                .map(p -> p.csv().name() + " (" + p.detected().reason() + ")").collect(java.util.stream.Collectors
                        .joining("; "));
        long started = System.nanoTime();
        ImportReport report = tx.execute(status -> {
            long importId = importLog.start(fileName, size, checksum, detected.format().label(), null,
                    options.user() == null ? "anonymous" : options.user());
            ImportRun run = new ImportRun(geographies, indicators, sources, observations, options, fileName, checksum,
                    LocalDate.now(clock), importId, progress);
            String refusal = null;
            run.notes.addAll(skipped);
            try {
                for (Part p : parts) {
                    int added = run.metadataAdded;
                    int updated = run.metadataUpdated;
                    int unchanged = run.metadataUnchanged;
                    p.csv().read(p.detected(), options, run, progress);
                    if (run.metadataAdded + run.metadataUpdated + run.metadataUnchanged
                            > added + updated + unchanged) {
                        run.notes.add(String.format(Locale.ROOT, "%s: %,d added, %,d updated, %,d unchanged"
                                        + " (metadata only; undoing the import leaves them as they are)",
                                p.detected().format() == ImportFormat.WDI_COUNTRIES ? "Geographies" : "Indicators",
                                run.metadataAdded - added, run.metadataUpdated - updated,
                                run.metadataUnchanged - unchanged));
                    }
                }
                run.flush();
            } catch (IllegalArgumentException | org.factline.problem.Problem e) {
                refusal = e.getMessage();
            } catch (ImportProgress.Cancelled e) {
                refusal = "cancelled after " + FigureFormat.count(progress.rows())
                        + " rows: nothing of this file was imported";
            } finally {
                run.close();
            }
            if (refusal == null && run.rejected > 0 && !options.skipInvalid()) {
                refusal = run.rejected + " line" + (run.rejected == 1 ? " was" : "s were") + " rejected: fix "
                        + (run.rejected == 1 ? "it" : "them") + ", or import the valid lines and skip the rejected ones";
            }
            boolean keep = commit && refusal == null;
            if (keep) {
                importLog.finish(importId, run.firstSourceId,
                        new ImportLog.Counts(run.added, run.revised, run.unchanged, run.rejected));
                audit.recordAs(options.user(), AuditLog.IMPORT, fileName, "import #" + importId + ": " + run.added
                        + " added, " + run.revised + " revised, " + run.unchanged + " unchanged, " + run.rejected
                        + " rejected");
            } else {
                status.setRollbackOnly();
            }
            List<String> sourceLines = new ArrayList<>();
            run.declaredSources.values().forEach(s -> sourceLines.add(s.title() + " <" + s.url() + ">"));
            return new ImportReport(fileName, size, checksum, detected.format(), reason,
                    detected.dialect().describe(), run.mapping, run.added + run.revised + run.unchanged > 0
                    || run.fileVintage != null ? run.vintage() : null, sourceLines, run.added, run.revised,
                    run.unchanged, run.rejected, List.copyOf(run.rejections), List.copyOf(run.notes), refusal, keep,
                    keep ? importId : null);
        });
        if (report.committed() && report.added() + report.revised() >= BIG_IMPORT) {
            observations.refreshStatistics();
        }
        log.info("import {} of {} ({} bytes, {}): added={} revised={} unchanged={} rejected={} refused={} in {} ms",
                commit ? "commit" : "preview", fileName, size, report.format(), report.added(), report.revised(),
                report.unchanged(), report.rejected(), report.refused(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** Every import, newest first. */
    @Transactional(readOnly = true)
    public List<ImportRecord> history() {
        return withTitles(importLog.all());
    }

    @Transactional(readOnly = true)
    public Optional<ImportRecord> find(long id) {
        return importLog.find(id).map(r -> withTitles(List.of(r)).get(0));
    }

    private List<ImportRecord> withTitles(List<ImportRecord> records) {
        Map<Long, String> titles = new java.util.HashMap<>();
        sources.findAll(records.stream().map(ImportRecord::sourceId).filter(java.util.Objects::nonNull).distinct()
                .toList()).forEach(s -> titles.put(s.id(), s.title()));
        return records.stream().map(r -> r.sourceId() == null ? r : r.withSourceTitle(titles.get(r.sourceId())))
                .toList();
    }

    /**
     * Removes everything an import added, as a whole. Observations it added that articles cite are not removed
     * silently: the undo is refused, naming how many.
     *
     * @return how many observations were removed
     */
    @Transactional
    public int undo(long importId) {
        ImportRecord record = find(importId)
                .orElseThrow(() -> new NotFound("No import #" + importId));
        if (record.undone()) {
            throw new Conflict("Import #" + importId + " was already undone on " + record.undoneAt());
        }
        long cited = observations.countInImport(importId, citations.citedObservationIds());
        if (cited > 0) {
            throw new Conflict("Import #" + importId + " added " + cited + " observation"
                    + (cited == 1 ? " that an article cites" : "s that articles cite")
                    + ": remove those citations first");
        }
        int removed = observations.deleteImport(importId);
        importLog.undone(importId, Instant.now(clock));
        audit.record(AuditLog.IMPORT_UNDO, record.fileName(), "import #" + importId + ": " + removed
                + " observations removed");
        log.info("import #{} ({}) undone: {} observations removed", importId, record.fileName(), removed);
        return removed;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
