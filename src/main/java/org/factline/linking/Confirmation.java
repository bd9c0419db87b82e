package org.factline.linking;

import java.math.BigDecimal;
import org.factline.observation.ObservationStatus;

/**
 * An editor's decision to link a figure of an article's text to a fact.
 *
 * @param start            where the figure starts in the article's stored text (a Java string index)
 * @param end              where it ends, exclusive
 * @param indicatorCode    an existing indicator, or the code of a new one when {@code newIndicatorName} is set
 * @param newIndicatorName the name of an indicator to create, or null
 * @param period           "2020", "2020-Q3", "2020-07" or "2020-07-14"
 * @param value            the value the article states, signed ("shrank by 8.6%" is -8.6)
 * @param quote            the figure-bearing words of the article, at most 1,000 characters
 */
public record Confirmation(long sourceId, int start, int end, String indicatorCode, String newIndicatorName,
                           String geographyCode, String period, ObservationStatus status, BigDecimal value,
                           String quote) {
}
