package org.factline.explore;

import java.math.BigDecimal;
import org.factline.measure.Period;

/**
 * An indicator with data for a geography: its latest official value and period (null when only articles give
 * figures for it), how many observations it has and how often articles cite it.
 */
public record GeographyRow(String indicatorCode, String indicatorName, String unit, Period latestPeriod,
                           BigDecimal latestValue, long observations, long citations) {
}
