package org.factline.extraction;

import java.math.BigDecimal;
import org.factline.measure.ScaleWord;

/**
 * A figure found in a text, proposed for linking.
 *
 * @param start    offset of the figure's first character in the text (a Java string index)
 * @param end      offset just after its last character
 * @param text     the figure as written: {@code $100 million}, {@code 8.6%}, {@code 500,000 free doses}
 * @param value    the normalised value, signed where a direction word makes it a change ("shrank by 8.6%" is
 *                 -8.6); its {@link BigDecimal#scale() scale} keeps the stated precision
 * @param unit     {@code percent}, {@code percentage_point}, an ISO 4217 code, the counted noun, a unit of measure,
 *                 {@code points} for an index level, or empty when the text names none
 * @param per      the rate a figure is stated per ("day" in "1.2 million barrels a day"), or null
 * @param scale    the scale word as written, normalised (million), or null
 * @param kind     money, percent, count, quantity, index or other
 * @param sentence the sentence the figure stands in, as written
 * @param sentenceStart offset of that sentence in the text
 */
public record Candidate(int start, int end, String text, BigDecimal value, String unit, String per, ScaleWord scale,
                        FigureKind kind, String sentence, int sentenceStart) {
}
