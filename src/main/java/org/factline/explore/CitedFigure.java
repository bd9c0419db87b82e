package org.factline.explore;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.citation.Citation;
import org.factline.observation.Observation;

/**
 * A figure an article cites, beside the official value of the same series and period (the latest vintage), if
 * there is one.
 */
public record CitedFigure(Citation citation, Observation observation, String indicatorName, String geographyName,
                          BigDecimal officialValue, LocalDate officialVintage, String officialSource) {

    public boolean hasOfficialValue() {
        return officialValue != null;
    }
}
