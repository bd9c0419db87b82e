package org.factline.explore;

/**
 * Writing CSV cells that spreadsheets open safely: quoted when they need it, and a text cell that starts with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe so that it is not run as a formula
 * (OWASP's CSV injection advice). Numbers are written by the caller as plain decimals and never prefixed.
 */
final class CsvCells {

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String s = value;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
