package org.factline.measure;

import java.util.Locale;

/** A text search as an SQL LIKE pattern, its wildcards escaped with a backslash ({@code escape '\'}). */
public final class Like {

    private Like() {
    }

    /** "%text%" in lower case, with {@code %}, {@code _} and {@code \} taken literally. */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
