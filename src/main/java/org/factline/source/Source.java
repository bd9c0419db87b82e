package org.factline.source;

import java.time.LocalDate;

/**
 * A dataset, official release or article. {@code text} is the article's text when it was pasted in
 * (citations' character spans point into it), otherwise null.
 */
public record Source(long id, SourceKind kind, String url, String title, String publisher, String author,
                     LocalDate publishedOn, LocalDate retrievedOn, String text) {

    public boolean isArticle() {
        return kind == SourceKind.ARTICLE;
    }
}
