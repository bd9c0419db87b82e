package org.factline.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Period;

/** Values of a series by period and vintage, as the revision check needs them. */
public final class Vintages {

    private Vintages() {
    }

    /** A period's value as of one vintage. */
    public record Value(Period period, LocalDate vintage, BigDecimal value) {
    }
}
