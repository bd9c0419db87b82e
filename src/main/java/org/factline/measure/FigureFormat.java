package org.factline.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as readers expect them: {@code -8.6%}, {@code $100M}, {@code 500,000 doses}, {@code -7.149%}.
 * A value shows the decimals it was stated with ({@code 1.0} stays {@code 1.0%}), at most three; the stored
 * value keeps every digit.
 */
public final class FigureFormat {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private FigureFormat() {
    }

    /** The value with its unit, formatted for a reader. */
    public static String format(BigDecimal value, String unit) {
        if (value == null) {
            return "—";
        }
        if (Units.PERCENT.equals(unit)) {
            return stated(value) + "%";
        }
        if (Units.PERCENTAGE_POINT.equals(unit)) {
            return stated(value) + " pp";
        }
        if (Units.isCurrency(unit)) {
            return money(value, unit);
        }
        String n = stated(value);
        return unit == null || unit.isBlank() ? n : n + " " + unit;
    }

    /** The number with the decimals it was stated with, at most three, grouped in thousands. */
    public static String stated(BigDecimal value) {
        return number(value, Math.max(0, Math.min(value.scale(), 3)), 3);
    }

    /** A count as every page shows it: grouped in thousands ("13,851"). */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The number alone, grouped in thousands, with {@code minDecimals} to {@code maxDecimals} decimals. */
    public static String number(BigDecimal value, int minDecimals, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0" + (maxDecimals > 0 ? "." + "#".repeat(maxDecimals) : ""),
                DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(minDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String s = format.format(value);
        // A value that rounds to zero is shown without a sign.
        return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    private static String money(BigDecimal value, String currency) {
        BigDecimal abs = value.abs();
        String sign = value.signum() < 0 ? "-" : "";
        String amount;
        if (abs.compareTo(TRILLION) >= 0) {
            amount = number(abs.divide(TRILLION), 0, 2) + "T";
        } else if (abs.compareTo(BILLION) >= 0) {
            amount = number(abs.divide(BILLION), 0, 2) + "B";
        } else if (abs.compareTo(MILLION) >= 0) {
            amount = number(abs.divide(MILLION), 0, 2) + "M";
        } else if (abs.compareTo(THOUSAND) >= 0) {
            amount = number(abs, 0, 0);
        } else {
            amount = number(abs, 0, 2);
        }
        String symbol = Units.symbol(currency);
        return symbol != null ? sign + symbol + amount : sign + currency + " " + amount;
    }
}
