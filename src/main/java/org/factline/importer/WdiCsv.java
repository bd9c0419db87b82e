package org.factline.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the World Bank's WDI bulk download ({@code API_<code>_DS2_en_csv_v2_<n>.csv}) and its two metadata
 * companions. The data file has four preamble lines, the second of which gives the "Last Updated Date" (the
 * vintage), then a wide table: {@code Country Name, Country Code, Indicator Name, Indicator Code, 1960, ...}
 * with a trailing empty column; an empty cell is a missing value.
 */
public final class WdiCsv {

    /** One row of the wide table: a geography's values by year. */
    public record Row(long line, String countryName, String countryCode, String indicatorName, String indicatorCode,
                      SortedMap<Integer, BigDecimal> values) {
    }

    /** A whole data file. {@code lastUpdated} is null when the file has no preamble. */
    public record Data(LocalDate lastUpdated, List<Row> rows) {
    }

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

    /**
     * Reads a WDI data file.
     *
     * @throws IllegalArgumentException naming the file, line, column and value that cannot be read
     */
    public static Data readData(Reader reader, String fileName) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            LocalDate lastUpdated = null;
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (header == null) {
                    String first = r.get(0).strip();
                    if (first.equalsIgnoreCase("Last Updated Date") && r.size() > 1) {
                        lastUpdated = parseDate(r.get(1), fileName, line);
                    } else if (first.equalsIgnoreCase("Country Name")) {
                        header = r.toList();
                        checkHeader(header, fileName, line);
                    }
                    continue;
                }
                rows.add(row(r, header, fileName, line));
            }
            if (header == null) {
                throw new IllegalArgumentException(fileName + ": no header line starting with \"Country Name\" found");
            }
            return new Data(lastUpdated, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(List<String> header, String fileName, long line) {
        List<String> expected = List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code");
        for (int i = 0; i < expected.size(); i++) {
            if (header.size() <= i || !header.get(i).strip().equalsIgnoreCase(expected.get(i))) {
                throw new IllegalArgumentException(fileName + ", line " + line + ", column " + (i + 1) + ": expected \""
                        + expected.get(i) + "\" but found \"" + (header.size() > i ? header.get(i) : "") + "\"");
            }
        }
        for (int i = expected.size(); i < header.size(); i++) {
            String h = header.get(i).strip();
            if (!h.isEmpty() && !h.matches("-?\\d{1,4}")) {
                throw new IllegalArgumentException(fileName + ", line " + line + ", column " + (i + 1)
                        + ": expected a year but found \"" + h + "\"");
            }
        }
    }

    private static Row row(CSVRecord r, List<String> header, String fileName, long line) {
        if (r.size() < 4) {
            throw new IllegalArgumentException(fileName + ", line " + line + ": expected at least 4 columns, found "
                    + r.size());
        }
        SortedMap<Integer, BigDecimal> values = new TreeMap<>();
        for (int i = 4; i < Math.min(r.size(), header.size()); i++) {
            String year = header.get(i).strip();
            String cell = r.get(i).strip();
            if (year.isEmpty() || cell.isEmpty() || cell.equals("..")) {
                continue;
            }
            try {
                values.put(Integer.parseInt(year), new BigDecimal(cell));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(fileName + ", line " + line + ", column " + (i + 1) + " (" + year
                        + "): \"" + cell + "\" is not a number", e);
            }
        }
        String code = r.get(1).strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new IllegalArgumentException(fileName + ", line " + line + ", column 2: the Country Code is empty");
        }
        return new Row(line, r.get(0).strip(), code, r.get(2).strip(), r.get(3).strip(), values);
    }

    private static LocalDate parseDate(String text, String fileName, long line) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(fileName + ", line " + line + ": \"Last Updated Date\" is \"" + text
                    + "\", not a date like 2024-06-28", e);
        }
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
