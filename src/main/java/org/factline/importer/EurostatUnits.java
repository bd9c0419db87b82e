package org.factline.importer;

import java.util.Locale;

/**
 * Eurostat's unit codes as Factline's units, shared by its TSV files and its SDMX-CSV, so both give the same series:
 * {@code PC_*} and {@code *PCH*} are percent; {@code CP_MEUR}, {@code MIO_EUR} millions of euro; {@code THS_PER}
 * thousands of persons. Other codes are kept as they are written.
 */
final class EurostatUnits {

    private EurostatUnits() {
    }

    static String unit(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.startsWith("PC") || c.contains("PCH")) {
            return "percent";
        }
        if (c.startsWith("CP_MEUR") || c.equals("MIO_EUR") || c.endsWith("_EUR")) {
            return "EUR";
        }
        if (c.endsWith("_PER")) {
            return "persons";
        }
        return org.factline.measure.Units.normalise(code);
    }

    /** The power of ten a value in this unit is stated in: 6 for millions, 3 for thousands. */
    static int power(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.startsWith("CP_M") || c.startsWith("MIO_") ? 6 : c.startsWith("THS_") ? 3 : 0;
    }
}
