package org.factline.importer;

import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams the records of one CSV layout into observations and rejections. */
interface FormatReader {

    /**
     * Reads every record. Structural problems (a missing column, a header that is not this layout) are thrown
     * as {@link IllegalArgumentException} naming the line; bad cells are reported as rejections.
     */
    void read(CSVParser parser, ReadContext ctx, ImportSink sink);

    /** The context of one read: the file's name and dialect and the import's options. */
    record ReadContext(String fileName, Dialect dialect, ImportOptions options, Supplier<CSVParser> reopen) {
    }

    static List<String> stripped(CSVRecord r) {
        return r.stream().map(s -> s == null ? "" : s.strip()).toList();
    }

    /** A header's columns by name as {@code key} spells it; a name written twice is its first column. */
    static java.util.Map<String, Integer> columns(List<String> header, java.util.function.UnaryOperator<String> key) {
        java.util.Map<String, Integer> col = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(key.apply(header.get(i)), i);
        }
        return col;
    }
}
