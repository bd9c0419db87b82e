package org.factline.measure;

import java.util.Locale;
import java.util.Map;

/**
 * Factline's units: {@code percent}, {@code percentage_point}, an ISO 4217 currency code such as
 * {@code USD}, or the noun a count counts ({@code doses}, {@code jobs}).
 */
public final class Units {

    public static final String PERCENT = "percent";
    public static final String PERCENTAGE_POINT = "percentage_point";
    /** Local currency units: an amount in the currency of the series' economy ("GDP (current LCU)"). */
    public static final String LOCAL_CURRENCY = "LCU";

    private static final Map<String, String> SYMBOLS = Map.of(
            "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "RUB", "₽", "INR", "₹");

    private Units() {
    }

    public static boolean isCurrency(String unit) {
        if (unit == null || unit.length() != 3) {
            return false;
        }
        // a loop, not a stream: the matcher asks this of every indicator it ranks for every figure
        for (int i = 0; i < 3; i++) {
            char c = unit.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    public static boolean isPercent(String unit) {
        return PERCENT.equals(unit);
    }

    /** The symbol written before an amount of this currency, if it has a common one. */
    static String symbol(String currency) {
        return SYMBOLS.get(currency);
    }

    /**
     * The unit in Factline's vocabulary for the way a file or a person writes it: "%" and "Percent" become
     * {@code percent}, "usd" becomes {@code USD}, "Doses" becomes {@code doses}.
     */
    public static String normalise(String written) {
        if (written == null || written.isBlank()) {
            return "";
        }
        String s = written.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "%", "percent", "per cent", "pct", "pc":
                return PERCENT;
            case "pp", "ppt", "percentage point", "percentage points", "percentage_point", "-percentage-point",
                 "-percentage-points", "of a percentage point", "of a percentage-point":
                return PERCENTAGE_POINT;
            default:
                break;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        boolean threeLetters = s.length() == 3 && s.chars().allMatch(Character::isLetter);
        if (threeLetters && (s.equals(upper) || FigureParser.isKnownCurrency(upper))) {
            return upper;
        }
        return lower;
    }

    /**
     * Whether a figure stated in {@code stated} (per {@code per}, or null) can be a value of a series in
     * {@code series}: the same unit; a count ("people", "doses") or a bare number of a series without a unit
     * (a population); an amount of local currency per dollar of an exchange rate in local currency units per dollar;
     * an amount in a currency of a series in local currency units, whichever economy's that is.
     * A percentage is never a level, nor a change in percentage points a rate.
     */
    public static boolean canState(String stated, String per, String series) {
        return canState(stated, per, series, null);
    }

    /**
     * As {@link #canState(String, String, String)}, for a series of an economy that pays in {@code localCurrency}
     * (null when unknown): an amount in soms can be a value of Kyrgyzstan's GDP in local currency units, not of
     * Kazakhstan's.
     */
    public static boolean canState(String stated, String per, String series, String localCurrency) {
        String s = stated == null ? "" : stated;
        String u = series == null ? "" : series;
        if (per != null && isCurrency(per) && (isCurrency(s) || s.isEmpty())) {
            return u.equals("LCU per " + per);
        }
        if (LOCAL_CURRENCY.equals(u)) {
            return per == null && isCurrency(s) && (localCurrency == null || s.equals(localCurrency));
        }
        if (s.equals(u)) {
            return true;
        }
        return u.isEmpty() && per == null && !isPercent(s) && !PERCENTAGE_POINT.equals(s) && !isCurrency(s);
    }

    /** A short label for a unit in a table header or cell: "%", "pp", "USD", "doses". */
    public static String label(String unit) {
        if (PERCENT.equals(unit)) {
            return "%";
        }
        if (PERCENTAGE_POINT.equals(unit)) {
            return "pp";
        }
        return unit == null ? "" : unit;
    }
}
