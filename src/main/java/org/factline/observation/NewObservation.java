package org.factline.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Period;

/** An observation to be recorded. */
public record NewObservation(String indicatorCode, String geographyCode, Period period, BigDecimal value,
                             String unit, ObservationStatus status, long sourceId, LocalDate vintage) {
}
