package org.factline.importer;

import java.time.LocalDate;

/** What a format reader reports while it streams through a file. */
interface ImportSink {

    /** Which columns give geography, period, value and indicator, in words. */
    void mapping(String description);

    /** The as-of date the file states (WDI's "Last Updated Date"); files that state none leave it to the import. */
    void vintage(LocalDate vintage);

    /** Declares a source that rows name by URL. */
    void source(SourceInfo source);

    void row(ImportRow row);

    /** Metadata about a geography (a WDI country metadata file): its name, region and income group. */
    default void geography(WdiCsv.CountryMetadata meta) {
        throw new IllegalStateException("this import takes no geography metadata");
    }

    /** Metadata about an indicator (a WDI indicator metadata file): its name, definition and source. */
    default void indicator(WdiCsv.IndicatorMetadata meta) {
        throw new IllegalStateException("this import takes no indicator metadata");
    }

    void reject(Rejection rejection);

    /** Something the user should know that is not a rejected line, e.g. a text column that was skipped. */
    void note(String message);
}
