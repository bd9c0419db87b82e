package org.factline.matching;

import java.math.BigDecimal;
import java.util.List;
import org.factline.claim.Verdict;
import org.factline.extraction.Candidate;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * One figure of an article as the matcher and the editors left it: its candidates best first, its link (an
 * editor's or the matcher's) with the verdict it gives, and the decision the review queue recorded.
 *
 * @param stated   the period the text states or implies for it, with its frequency
 * @param link     the figure's citation, or null while it waits for a decision
 * @param rejected whether an editor rejected it as not a statistic
 */
public record FigureReport(long sourceId, Candidate figure, Period stated, ObservationStatus status,
                           List<Option> candidates, Link link, boolean rejected) {

    /** A series and period the figure may state: its score in [0, 1], the official value and the verdict. */
    public record Option(String indicatorCode, String indicatorName, String geographyCode, String geographyName,
                         Period period, ObservationStatus status, double score, BigDecimal official,
                         Verdict verdict) {
    }

    /**
     * The figure's citation: what it links to, who made it (the matcher's links carry their score) and its verdict.
     */
    public record Link(long citationId, String indicatorCode, String geographyCode, Period period, String linkedBy,
                       BigDecimal score, Verdict verdict) {

        public boolean machine() {
            return score != null;
        }
    }

    /** Whether the figure waits for an editor: neither linked nor rejected. */
    public boolean waiting() {
        return link == null && !rejected;
    }
}
