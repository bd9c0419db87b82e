package org.factline.explore;

import java.util.List;
import org.factline.source.Source;

/**
 * A source's page: its metadata, every figure it cites with the official value beside it, and, when its text is
 * stored, the text cut into segments with the cited figures marked.
 */
public record ArticlePage(Source source, long facts, List<CitedFigure> figures, List<Segment> text) {

    /** A run of the article's text; {@code figure} marks a cited figure's span. */
    public record Segment(String text, boolean figure) {
    }
}
