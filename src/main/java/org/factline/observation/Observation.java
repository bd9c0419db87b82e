package org.factline.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Period;

/**
 * A fact: indicator x geography x period -> value, as one source gave it as of its vintage.
 * {@code value} carries the precision it was stated with (its scale).
 */
public record Observation(long id, String indicatorCode, String geographyCode, Period period, BigDecimal value,
                          String unit, ObservationStatus status, long sourceId, LocalDate vintage, Long importId) {

    /** The series (indicator x geography) this observation belongs to, whatever its source. */
    public SeriesSummaries.Series series() {
        return new SeriesSummaries.Series(indicatorCode, geographyCode);
    }
}
