package org.factline.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Period;

/**
 * A tracked series (indicator x geography) at a glance: its latest official value, if any, and how often
 * articles cite it.
 */
public record SeriesSummary(String indicatorCode, String indicatorName, String geographyCode, String geographyName,
                            String unit, Period latestPeriod, BigDecimal latestValue, long citations,
                            LocalDate lastCitedOn) {
}
