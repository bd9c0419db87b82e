package org.factline.importer;

import java.time.LocalDate;

/**
 * How to take a file in.
 *
 * @param format      the layout, or null to detect it
 * @param indicator   the indicator code for layouts that do not name one (Country Name, Country Code, Year, Value)
 * @param geography   the geography for layouts that do not name one (FRED; default USA)
 * @param sourceUrl   the dataset's URL where the file does not imply one
 * @param vintage     the as-of date where the file states none (default: today)
 * @param skipInvalid import the valid rows and skip the rejected ones; by default any rejected row refuses the file
 * @param user        who imports
 * @param sheet       the sheet of an Excel workbook to read (default: the first)
 */
public record ImportOptions(ImportFormat format, String indicator, String geography, String sourceUrl,
                            LocalDate vintage, boolean skipInvalid, String user, String sheet) {

    /** Options for a file that is not a workbook, or whose first sheet is meant. */
    public ImportOptions(ImportFormat format, String indicator, String geography, String sourceUrl, LocalDate vintage,
                         boolean skipInvalid, String user) {
        this(format, indicator, geography, sourceUrl, vintage, skipInvalid, user, null);
    }

    public static ImportOptions defaults(String user) {
        return new ImportOptions(null, null, null, null, null, false, user);
    }

    public ImportOptions withSourceUrl(String url) {
        return new ImportOptions(format, indicator, geography, url, vintage, skipInvalid, user, sheet);
    }

    public ImportOptions withSkipInvalid(boolean skip) {
        return new ImportOptions(format, indicator, geography, sourceUrl, vintage, skip, user, sheet);
    }

    public ImportOptions withSheet(String name) {
        return new ImportOptions(format, indicator, geography, sourceUrl, vintage, skipInvalid, user,
                name == null || name.isBlank() ? null : name.strip());
    }
}
