package org.factline.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the two metadata companions of a World Bank WDI bulk download ({@code Metadata_Country_...csv} and
 * {@code Metadata_Indicator_...csv}); the data file itself is read by {@link WdiReader}.
 */
public final class WdiCsv {

    public record CountryMetadata(String code, String region, String incomeGroup, String specialNotes, String tableName) {

        /** The World Bank marks aggregates (regions, income groups, the world) by leaving the region empty. */
        public boolean isAggregate() {
            return region == null || region.isBlank();
        }
    }

    public record IndicatorMetadata(String code, String name, String sourceNote, String sourceOrganization) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();

    private WdiCsv() {
    }

    /** Reads a {@code Metadata_Country_...csv} file. */
    public static List<CountryMetadata> readCountryMetadata(Reader reader, String fileName) {
        List<CountryMetadata> result = new ArrayList<>();
        for (CSVRecord r : withHeader(reader, fileName, "Country Code")) {
            result.add(new CountryMetadata(r.get("Country Code").strip().toUpperCase(Locale.ROOT),
                    blankToNull(r.get("Region")), blankToNull(r.get("IncomeGroup")),
                    blankToNull(r.isMapped("SpecialNotes") ? r.get("SpecialNotes") : null),
                    blankToNull(r.isMapped("TableName") ? r.get("TableName") : null)));
        }
        return result;
    }

    /** Reads a {@code Metadata_Indicator_...csv} file. */
    public static List<IndicatorMetadata> readIndicatorMetadata(Reader reader, String fileName) {
        List<IndicatorMetadata> result = new ArrayList<>();
        for (CSVRecord r : withHeader(reader, fileName, "INDICATOR_CODE")) {
            result.add(new IndicatorMetadata(r.get("INDICATOR_CODE").strip(), r.get("INDICATOR_NAME").strip(),
                    blankToNull(r.get("SOURCE_NOTE")), blankToNull(r.get("SOURCE_ORGANIZATION"))));
        }
        return result;
    }

    private static List<CSVRecord> withHeader(Reader reader, String fileName, String firstColumn) {
        CSVFormat format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = format.parse(reader)) {
            if (!parser.getHeaderMap().containsKey(firstColumn)) {
                throw new IllegalArgumentException(fileName + ", line 1: expected a column \"" + firstColumn
                        + "\" but the header is " + parser.getHeaderNames());
            }
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }

    /**
     * The unit a WDI indicator's name states: "GDP growth (annual %)" is in percent, "GDP (current US$)" in USD.
     * Returns an empty string when the name states none.
     */
    public static String unitOfIndicatorName(String name) {
        if (name.contains("%")) {
            return "percent";
        }
        if (name.contains("US$")) {
            return "USD";
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
