package org.factline.explore;

import java.time.LocalDate;
import org.factline.source.SourceKind;

/** A source as the sources list shows it: what it is and how many facts and citations it gives. */
public record SourceSummary(long id, SourceKind kind, String title, String publisher, String author,
                            LocalDate published, String url, long facts, long citations) {
}
