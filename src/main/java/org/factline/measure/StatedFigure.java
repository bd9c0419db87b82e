package org.factline.measure;

import java.math.BigDecimal;

/**
 * A figure as a text states it, and what it means.
 *
 * @param text   the figure as written, e.g. {@code $100 million}
 * @param stated the number as written, e.g. 100
 * @param scale  the scale word, if any (million)
 * @param unit   Factline's unit ({@code USD}, {@code percent}, {@code doses})
 * @param value  the normalised value, e.g. 100000000, whose {@link BigDecimal#scale() scale} keeps the precision
 *               the text states (1E+8 with scale -6: "to the nearest million")
 */
public record StatedFigure(String text, BigDecimal stated, ScaleWord scale, String unit, BigDecimal value) {

    /** The half-open interval of values that this figure, as written, rounds from: 8.6 covers [8.55, 8.65). */
    public BigDecimal[] precisionInterval() {
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-value.scale()).divide(BigDecimal.valueOf(2));
        BigDecimal magnitude = value.abs();
        return new BigDecimal[] {magnitude.subtract(half), magnitude.add(half)};
    }
}
