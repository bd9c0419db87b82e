package org.factline.importer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factline.measure.PlainDecimal;

/** Reads a numeric cell as providers write it: missing markers, thousands separators, decimal commas. */
final class NumberCells {

    /** What a cell held: a number, a missing-value marker, or text. */
    sealed interface Cell {
    }

    record Number(BigDecimal value) implements Cell {
    }

    record Missing() implements Cell {
    }

    record Text(String text) implements Cell {
    }

    static final Missing MISSING = new Missing();

    private static final Set<String> MISSING_MARKERS = Set.of("", "..", "...", ".", "n/a", "na", "nan", "-", "--", "—",
            "null", "#n/a", ":");
    private static final Pattern POINT_GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern COMMA_GROUPED = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern SPACE_GROUPED = Pattern.compile("[-+]?\\d{1,3}([ \u00a0\u202f]\\d{3})+([.,]\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private NumberCells() {
    }

    static Cell read(String raw, boolean decimalComma) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return MISSING;
        }
        if (isPlainDecimal(s, decimalComma)) {
            return new Number(PlainDecimal.parse(s));
        }
        if (MISSING_MARKERS.contains(s.toLowerCase(Locale.ROOT))) {
            return MISSING;
        }
        s = s.replace('\u2212', '-');
        String normal;
        if (SPACE_GROUPED.matcher(s).matches()) {
            normal = s.replaceAll("[ \u00a0\u202f]", "");
            normal = decimalComma ? normal.replace(',', '.') : normal;
        } else if (decimalComma) {
            normal = COMMA_GROUPED.matcher(s).matches() ? s.replace(".", "").replace(',', '.') : s.replace(',', '.');
        } else {
            normal = POINT_GROUPED.matcher(s).matches() ? s.replace(",", "") : s;
        }
        if (!PLAIN.matcher(normal).matches()) {
            return new Text(raw);
        }
        return new Number(new BigDecimal(normal.startsWith("+") ? normal.substring(1) : normal));
    }

    /**
     * The common case without a pattern: digits with an optional leading minus and, unless a decimal point may be a
     * thousands separator here, one decimal point ("-0.125", "42"). Anything else takes the general path.
     */
    private static boolean isPlainDecimal(String s, boolean decimalComma) {
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && !decimalComma) {
                point = true;
            } else if (c != '-' || i != 0) {
                return false;
            }
        }
        return digits > 0;
    }
}
