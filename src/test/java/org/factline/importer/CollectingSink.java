package org.factline.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader reports, for the readers' tests. */
class CollectingSink implements ImportSink {

    String mapping;
    LocalDate vintage;
    final List<SourceInfo> sources = new ArrayList<>();
    final List<ImportRow> rows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public void mapping(String description) {
        mapping = description;
    }

    @Override
    public void vintage(LocalDate v) {
        vintage = v;
    }

    @Override
    public void source(SourceInfo source) {
        sources.add(source);
    }

    @Override
    public void row(ImportRow row) {
        rows.add(row);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    /** Reads a file as the importer would, with the layout detected. */
    static CollectingSink read(java.nio.file.Path file, ImportOptions options) {
        CsvFile csv = new CsvFile(file, file.getFileName().toString());
        CollectingSink sink = new CollectingSink();
        csv.read(csv.detect(options.format()), options, sink);
        return sink;
    }

    ImportRow only(String indicator, String geography, String period) {
        return rows.stream().filter(r -> java.util.Objects.equals(r.indicatorCode(), indicator)
                && java.util.Objects.equals(r.geographyCode(), geography) && r.period().toString().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + indicator + " " + geography + " " + period
                        + " in " + rows));
    }
}
