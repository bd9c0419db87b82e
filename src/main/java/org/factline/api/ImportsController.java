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
 * 200 when imported (or importable), 422 when refused. {@code GET /api/imports}: the history.
 * {@code POST /api/imports/{id}/undo}: removes what an import added.
 */
@RestController
@RequestMapping("/api/imports")
class ImportsController {

    private final ImportService importer;

    ImportsController(ImportService importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file,
                                            @RequestParam(defaultValue = "auto") String format,
                                            @RequestParam(required = false) String indicator,
                                            @RequestParam(required = false) String geo,
                                            @RequestParam(required = false) String sourceUrl,
                                            @RequestParam(required = false) LocalDate vintage,
                                            @RequestParam(required = false) String sheet,
                                            @RequestParam(defaultValue = "false") boolean skipInvalid,
                                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("The part 'file' is empty");
        }
        ImportOptions options = new ImportOptions(format.equalsIgnoreCase("auto") ? null : ImportFormat.named(format),
                blankToNull(indicator), blankToNull(geo), blankToNull(sourceUrl), vintage, skipInvalid, "api")
                .withSheet(sheet);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.csv"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path copy = Files.createTempFile("factline-upload-", ".csv");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportReport report = dryRun ? importer.preview(copy, name, options) : importer.commit(copy, name, options);
            return ResponseEntity.status(report.refused() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(report);
        } finally {
            Files.deleteIfExists(copy);
        }
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
        return Map.of("import", id, "removed", importer.undo(id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
