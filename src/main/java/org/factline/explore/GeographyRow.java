package org.factline.explore;

import java.math.BigDecimal;
import org.factline.measure.Period;

/** An indicator with data for a geography: its latest value (official if there is one) and its citations. */
public record GeographyRow(String indicatorCode, String indicatorName, String unit, Period latestPeriod,
                           BigDecimal latestValue, String latestStatus, long observations, long citations) {
}
