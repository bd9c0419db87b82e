package org.factline.measure;

import java.math.BigDecimal;

/**
 * Reads a plain decimal (an optional minus, digits, at most one point: {@code -0.125}, {@code 42}) exactly. A bulk
 * file or a re-import reads millions of them, and most fit a long: those are read without BigDecimal's general
 * parser, the rest with it.
 */
public final class PlainDecimal {

    private PlainDecimal() {
    }

    /**
     * The decimal written in {@code text} from {@code from} to {@code to}, which the caller knows to be plain.
     *
     * @throws NumberFormatException if it is not
     */
    public static BigDecimal parse(CharSequence text, int from, int to) {
        boolean negative = from < to && text.charAt(from) == '-';
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                scale += point ? 1 : 0;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                throw new NumberFormatException("not a plain decimal: \"" + text.subSequence(from, to) + "\"");
            }
        }
        if (digits == 0) {
            throw new NumberFormatException("not a plain decimal: \"" + text.subSequence(from, to) + "\"");
        }
        if (digits > 18) {
            return new BigDecimal(text.subSequence(from, to).toString());
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** The plain decimal {@code text}. */
    public static BigDecimal parse(CharSequence text) {
        return parse(text, 0, text.length());
    }
}
