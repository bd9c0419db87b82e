package org.factline.measure;

/** How often a series is observed; each period of a series has one of these. */
public enum Frequency {
    ANNUAL('A'),
    QUARTERLY('Q'),
    MONTHLY('M'),
    WEEKLY('W'),
    DAILY('D');

    private final char code;

    Frequency(char code) {
        this.code = code;
    }

    /** The one-letter code stored in the database (A, Q, M, W, D). */
    public String code() {
        return String.valueOf(code);
    }

    public static Frequency fromCode(String code) {
        Frequency f = code == null || code.length() != 1 ? null : fromCode(code.charAt(0));
        if (f == null) {
            throw new IllegalArgumentException("Unknown frequency code '" + code + "': expected one of A, Q, M, W, D");
        }
        return f;
    }

    /** The frequency of a one-letter code, either case; null for any other letter. */
    public static Frequency fromCode(char code) {
        return switch (Character.toUpperCase(code)) {
            case 'A' -> ANNUAL;
            case 'Q' -> QUARTERLY;
            case 'M' -> MONTHLY;
            case 'W' -> WEEKLY;
            case 'D' -> DAILY;
            default -> null;
        };
    }
}
