package org.factline.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Period;

/**
 * A tracked series (indicator x geography) at a glance: its latest official value and the one before, if any, and
 * how often and how recently articles cite it.
 */
public record SeriesSummary(String indicatorCode, String indicatorName, String geographyCode, String geographyName,
                            String unit, Period latestPeriod, BigDecimal latestValue, Period previousPeriod,
                            BigDecimal previousValue, long citations, LocalDate lastCitedOn) {

    /** The change from the previous period, when both are there. */
    public BigDecimal change() {
        return latestValue == null || previousValue == null ? null : latestValue.subtract(previousValue);
    }
}
