package org.factline.importer;

/** A line of a file that cannot be imported, and why: where (line, column), what (the value) and the reason. */
public record Rejection(long line, Integer column, String value, String reason) {

    /** "line 7, column 6 ("-8,6x"): not a number". */
    public String describe() {
        StringBuilder s = new StringBuilder("line ").append(line);
        if (column != null) {
            s.append(", column ").append(column);
        }
        if (value != null) {
            s.append(" (\"").append(value.length() > 60 ? value.substring(0, 57) + "..." : value).append("\")");
        }
        return s.append(": ").append(reason).toString();
    }
}
