package org.factline.explore;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;
import org.factline.source.SourceKind;

/** One observation as the Facts explorer lists it, with the names a reader needs beside the codes. */
public record FactRow(long id, String indicatorCode, String indicatorName, String geographyCode, String geographyName,
                      Period period, BigDecimal value, String unit, ObservationStatus status, LocalDate vintage,
                      long sourceId, String sourceTitle, SourceKind sourceKind, String sourceUrl, int citations) {
}
