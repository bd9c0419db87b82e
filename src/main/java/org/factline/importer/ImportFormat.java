package org.factline.importer;

import java.util.Locale;

/** The CSV layouts Factline reads. */
public enum ImportFormat {
    /** World Bank WDI bulk download: wide, one column per year, with or without its four-line preamble. */
    WDI,
    /** World Bank DataBank export: series or periods in rows, periods as {@code 2015 [YR2015]}, a dated footer. */
    DATABANK,
    /** FRED download: {@code observation_date} (or {@code DATE}) then one column per series ID. */
    FRED,
    /** Our World in Data grapher CSV: {@code Entity, Code, Year|Day}, then one column per indicator. */
    OWID,
    /** Tidy/long: {@code indicator, geo, period, value[, unit][, status][, source_url]}, or
     * {@code Country Name, Country Code, Year, Value} with the indicator given on import. */
    LONG,
    /** SDMX-CSV 1.0: {@code DATAFLOW, <dimensions>, TIME_PERIOD, OBS_VALUE[, <attributes>]}. */
    SDMX,
    /** IMF World Economic Outlook database file: tab-separated, one row per economy and subject, years across. */
    WEO,
    /** Eurostat TSV bulk file: the dimensions joined in the first column, periods across, flags after values. */
    EUROSTAT,
    /** A WDI download's {@code Metadata_Country_...csv}: region, income group and name of each geography. */
    WDI_COUNTRIES,
    /** A WDI download's {@code Metadata_Indicator_...csv}: name, definition and source of each indicator. */
    WDI_INDICATORS;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format named on the command line or in a request ({@code wdi}, {@code fred}, ...). */
    public static ImportFormat named(String name) {
        for (ImportFormat f : values()) {
            if (f.label().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new org.factline.problem.InvalidInput("Unknown format '" + name + "': expected auto, wdi, databank, "
                + "fred, owid, long, sdmx, weo, eurostat, wdi-countries or wdi-indicators");
    }
}
