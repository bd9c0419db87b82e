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
        for (Frequency f : values()) {
            if (f.code().equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown frequency code '" + code + "': expected one of A, Q, M, W, D");
    }
}
