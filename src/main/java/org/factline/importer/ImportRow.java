package org.factline.importer;

import java.math.BigDecimal;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * One observation read from a file, before it is checked against the database. Codes may be null where the
 * file gives only a name (an OWID region without a code, an OWID indicator column), to be resolved by name.
 */
record ImportRow(long line, String indicatorCode, String indicatorName, String unit, String geographyCode,
                 String geographyName, Period period, BigDecimal value, ObservationStatus status, String sourceUrl) {
}
