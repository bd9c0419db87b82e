package org.factline.citation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An observation as an article states it: the figure as written ({@code $100 million}), a short quote around
 * it, where it stands in the article's stored text (null when the text is not stored), and the number, unit
 * and scale word as stated (100, USD, million); who linked it (null for links older than that record) and, for a
 * link the matcher made, the score it gave it.
 */
public record Citation(long id, long observationId, long sourceId, String figureText, String quote,
                       Integer spanStart, Integer spanEnd, BigDecimal statedValue, String statedUnit,
                       String statedScale, Instant createdAt, String linkedBy, BigDecimal matchScore) {

    /** Whether the matcher made this link, not an editor. */
    public boolean machineLinked() {
        return matchScore != null;
    }
}
