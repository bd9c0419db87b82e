package org.factline.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.factline.measure.Units;

/**
 * The check itself, plain arithmetic: a cited value (with the precision it was stated with, as its scale) against
 * the official value current today and the one current when the article was published.
 */
public final class ClaimCheck {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private ClaimCheck() {
    }

    /**
     * @param cited              the value as the article states it, signed, its scale the stated precision
     * @param officialNow        the latest official vintage's value, or null
     * @param officialThen       the value of the official vintage current on the publication date, or null
     */
    public static Verdict verdict(BigDecimal cited, BigDecimal officialNow, BigDecimal officialThen) {
        return verdict(cited, officialNow, officialThen, null);
    }

    /**
     * As {@link #verdict(BigDecimal, BigDecimal, BigDecimal)}, for a figure in {@code unit}: a percentage (or a change
     * in percentage points) is never "matched when rounded", since its whole digits are all stated ("10%" does not
     * cover 13%); an amount or a count may be ("$100 million" for 98.7 million, "500,000 doses" for 480,000).
     */
    public static Verdict verdict(BigDecimal cited, BigDecimal officialNow, BigDecimal officialThen, String unit) {
        if (officialNow == null) {
            return Verdict.NO_OFFICIAL_DATA;
        }
        if (withinStatedPrecision(cited, officialNow)) {
            return Verdict.MATCHES;
        }
        boolean rounds = roundsFurther(unit);
        if (rounds && matchesWhenRounded(cited, officialNow)) {
            return Verdict.MATCHES_ROUNDED;
        }
        if (officialThen != null && (withinStatedPrecision(cited, officialThen)
                || rounds && matchesWhenRounded(cited, officialThen))) {
            return Verdict.REVISED_SINCE;
        }
        return Verdict.DIFFERS;
    }

    /** Whether figures in this unit may be rounded further than their digits show: not percentages. */
    public static boolean roundsFurther(String unit) {
        return !Units.isPercent(unit) && !Units.PERCENTAGE_POINT.equals(unit);
    }

    /** Whether {@code official} rounds to {@code cited} at the cited precision: 8.6 takes [8.55, 8.65). */
    public static boolean withinStatedPrecision(BigDecimal cited, BigDecimal official) {
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-cited.scale()).multiply(HALF);
        BigDecimal low = cited.abs().subtract(half);
        BigDecimal high = cited.abs().add(half);
        BigDecimal v = official.abs();
        boolean sameSign = cited.signum() == 0 || official.signum() == 0 || cited.signum() == official.signum();
        return sameSign && v.compareTo(low) >= 0 && v.compareTo(high) < 0;
    }

    /**
     * Whether {@code official}, rounded to the significant digits the cited figure shows without its trailing
     * zeros, is the cited figure: "$100 million" (one significant digit) matches 98.7 million; "8.6%" gains
     * nothing here over {@link #withinStatedPrecision}.
     */
    public static boolean matchesWhenRounded(BigDecimal cited, BigDecimal official) {
        if (cited.signum() == 0) {
            return official.signum() == 0;
        }
        int digits = cited.stripTrailingZeros().precision();
        BigDecimal rounded = official.round(new MathContext(digits, RoundingMode.HALF_UP));
        return rounded.compareTo(cited) == 0;
    }

    /** The cited value minus the official one, with no more decimals than the two have. */
    public static BigDecimal difference(BigDecimal cited, BigDecimal official) {
        return official == null ? null : cited.subtract(official);
    }
}
