package org.factline.citation;

/**
 * A figure an article states, to be linked to an observation.
 *
 * @param figureText the figure as written, e.g. {@code $100 million}; it must stand in {@code quote}
 * @param quote      the figure-bearing phrase, kept short
 * @param spanStart  start of the figure in the article's stored text, or null when the text is not stored
 * @param spanEnd    end (exclusive) of the figure in the article's stored text, or null
 */
public record NewCitation(long observationId, long sourceId, String figureText, String quote, Integer spanStart,
                          Integer spanEnd) {
}
