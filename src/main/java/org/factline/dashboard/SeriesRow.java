package org.factline.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.observation.Observation;
import org.factline.source.Source;

/**
 * One observation of a series page's table, with where it comes from, how often it is cited and, when it revises
 * an earlier vintage of the same source, the value it replaced.
 */
public record SeriesRow(Observation observation, String geographyName, Source source, int citations,
                        BigDecimal previousValue, LocalDate previousVintage, String verdict) {

    public boolean isRevision() {
        return previousValue != null;
    }
}
