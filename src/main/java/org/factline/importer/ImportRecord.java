package org.factline.importer;

import java.time.Instant;

/** A file taken in, as the import history lists it. */
public record ImportRecord(long id, String fileName, long size, String checksum, String format, Long sourceId,
                           String sourceTitle, int added, int revised, int unchanged, int rejected, String importedBy,
                           Instant importedAt, Instant undoneAt) {

    ImportRecord withSourceTitle(String title) {
        return new ImportRecord(id, fileName, size, checksum, format, sourceId, title, added, revised, unchanged,
                rejected, importedBy, importedAt, undoneAt);
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
