package org.factline.citation;

import java.math.BigDecimal;

/**
 * A figure an article states, to be linked to an observation.
 *
 * @param figureText the figure as written, e.g. {@code $100 million}; it must stand in {@code quote}
 * @param quote      the figure-bearing phrase, kept short
 * @param spanStart  start of the figure in the article's stored text, or null when the text is not stored
 * @param spanEnd    end (exclusive) of the figure in the article's stored text, or null
 * @param linkedBy   who links it: an editor's name, or the matcher's
 * @param matchScore the matcher's score in [0, 1] for a link it makes, null for an editor's
 */
public record NewCitation(long observationId, long sourceId, String figureText, String quote, Integer spanStart,
                          Integer spanEnd, String linkedBy, BigDecimal matchScore) {

    /** A link no one in particular made: seed data and tests. */
    public NewCitation(long observationId, long sourceId, String figureText, String quote, Integer spanStart,
                       Integer spanEnd) {
        this(observationId, sourceId, figureText, quote, spanStart, spanEnd, null, null);
    }
}
