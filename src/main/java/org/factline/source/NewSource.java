package org.factline.source;

import java.time.LocalDate;

/** What is needed to record a source. */
public record NewSource(SourceKind kind, String url, String title, String publisher, String author,
                        LocalDate publishedOn, LocalDate retrievedOn, String text) {
}
