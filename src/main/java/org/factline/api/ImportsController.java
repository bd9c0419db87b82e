package org.factline.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factline.importer.ImportFormat;
import org.factline.importer.ImportJobs;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportRecord;
import org.factline.importer.ImportReport;
import org.factline.importer.ImportService;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports} (multipart, part {@code file}; {@code dryRun=true} for a preview): the import's report,
 * 200 when imported (or importable), 422 when refused; with {@code async=true}, 202 at once and the job to follow at
 * {@code GET /api/imports/jobs/{id}} (cancel with {@code POST .../cancel}). {@code GET /api/imports}: the history.
 * {@code POST /api/imports/{id}/undo}: removes what an import added.
 */
@RestController
@RequestMapping("/api/imports")
class ImportsController {

    private final ImportService importer;
    private final ImportJobs jobs;

    ImportsController(ImportService importer, ImportJobs jobs) {
        this.importer = importer;
        this.jobs = jobs;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
                                            @RequestParam(defaultValue = "auto") String format,
                                            @RequestParam(required = false) String indicator,
                                            @RequestParam(required = false) String geo,
                                            @RequestParam(required = false) String sourceUrl,
                                            @RequestParam(required = false) LocalDate vintage,
                                            @RequestParam(required = false) String sheet,
                                            @RequestParam(defaultValue = "false") boolean skipInvalid,
                                            @RequestParam(defaultValue = "false") boolean dryRun,
                                            @RequestParam(defaultValue = "false") boolean async) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("The part 'file' is empty");
        }
        ImportOptions options = new ImportOptions(format.equalsIgnoreCase("auto") ? null : ImportFormat.named(format),
                blankToNull(indicator), blankToNull(geo), blankToNull(sourceUrl), vintage, skipInvalid, "api")
                .withSheet(sheet);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.csv"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path copy = Files.createTempFile("factline-upload-", ".csv");
        boolean handedOver = false;
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            if (async && !dryRun) {
                // The job owns the file; the request ends at once and the client follows the job.
                ImportJobs.Job job = jobs.submit(copy, name, options);
                handedOver = true;
                return ResponseEntity.accepted().location(java.net.URI.create("/api/imports/jobs/" + job.id()))
                        .body(job(job));
            }
            ImportReport report = dryRun ? importer.preview(copy, name, options) : importer.commit(copy, name, options);
            return ResponseEntity.status(report.refused() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(report);
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(copy);
            }
        }
    }

    /** {@code GET /api/imports/jobs/{id}}: a background import's progress, and its report once it has ended. */
    @GetMapping("/jobs/{id}")
    Map<String, Object> jobStatus(@PathVariable long id) {
        return job(jobs.find(id).orElseThrow(() -> new NotFound("No import job " + id)));
    }

    /** {@code POST /api/imports/jobs/{id}/cancel}: stops a background import; nothing of it is written. */
    @PostMapping("/jobs/{id}/cancel")
    Map<String, Object> cancel(@PathVariable long id) {
        ImportJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFound("No import job " + id));
        job.progress().cancel();
        return job(job);
    }

    private static Map<String, Object> job(ImportJobs.Job job) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("job", job.id());
        out.put("file", job.fileName());
        out.put("running", job.running());
        out.put("rows", job.progress().rows());
        out.put("fraction", job.progress().fraction());
        out.put("rowsPerSecond", Math.round(job.progress().rowsPerSecond()));
        out.put("secondsLeft", job.progress().secondsLeft());
        out.put("cancelled", job.progress().cancelled());
        out.put("report", job.running() ? null : job.report().getNow(null));
        return out;
    }

    @GetMapping
    List<ImportRecord> history() {
        return importer.history();
    }

    @PostMapping("/{id}/undo")
    Map<String, Object> undo(@PathVariable long id) {
        if (importer.find(id).isEmpty()) {
            throw new NotFound("No import #" + id);
        }
        Map<String, Object> undone = new java.util.LinkedHashMap<>();
        undone.put("import", id);
        undone.put("removed", importer.undo(id));
        return undone;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
