package org.factline.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.measure.Units;

/**
 * Reads the two metadata companions of a World Bank WDI bulk download ({@code Metadata_Country_...csv} and
 * {@code Metadata_Indicator_...csv}); the data file itself is read by {@link WdiReader}.
 */
final class WdiCsv {

    public record CountryMetadata(String code, String region, String incomeGroup, String specialNotes, String tableName) {

        /** The World Bank marks aggregates (regions, income groups, the world) by leaving the region empty. */
        public boolean isAggregate() {
            return region == null || region.isBlank();
        }
    }

    /**
     * An indicator as a metadata file describes it: a download's {@code Metadata_Indicator_...csv} gives the first
     * four fields, the catalog's {@code WDISeries.csv} all of them.
     */
    public record IndicatorMetadata(String code, String name, String sourceNote, String sourceOrganization,
                                    String topic, String unitOfMeasure) {

        /** The unit: the one the catalog states, else the one the name states ("(annual %)", "(current US$)"). */
        public String unit() {
            if (unitOfMeasure != null) {
                String u = unitOfMeasure.strip().toLowerCase(Locale.ROOT);
                if (u.equals("%") || u.startsWith("percent") || u.startsWith("% of")) {
                    return "percent";
                }
            }
            return unitOfIndicatorName(name);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();

    private WdiCsv() {
    }

    /** Reads a {@code Metadata_Country_...csv} file. */
    public static List<CountryMetadata> readCountryMetadata(Reader reader, String fileName) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            return countryMetadata(parser, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }

    /** Reads a {@code Metadata_Indicator_...csv} file. */
    public static List<IndicatorMetadata> readIndicatorMetadata(Reader reader, String fileName) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            return indicatorMetadata(parser, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }

    static List<CountryMetadata> countryMetadata(CSVParser parser, String fileName) {
        List<CountryMetadata> result = new ArrayList<>();
        for (Map<String, String> r : headed(parser, fileName, "countrycode", "code")) {
            String code = r.getOrDefault("countrycode", r.get("code")).toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                String name = r.getOrDefault("tablename", r.get("shortname"));
                result.add(new CountryMetadata(code, blankToNull(r.get("region")), blankToNull(r.get("incomegroup")),
                        blankToNull(r.get("specialnotes")), blankToNull(name)));
            }
        }
        return result;
    }

    static List<IndicatorMetadata> indicatorMetadata(CSVParser parser, String fileName) {
        List<IndicatorMetadata> result = new ArrayList<>();
        for (Map<String, String> r : headed(parser, fileName, "indicatorcode", "seriescode", "code")) {
            String code = r.getOrDefault("indicatorcode", r.getOrDefault("seriescode", r.get("code")));
            if (!code.isEmpty() && r.get("indicatorname") != null) {
                String definition = r.get("longdefinition") != null && !r.get("longdefinition").isBlank()
                        ? r.get("longdefinition") : r.getOrDefault("sourcenote", r.get("shortdefinition"));
                result.add(new IndicatorMetadata(code, r.get("indicatorname"), blankToNull(definition),
                        blankToNull(r.getOrDefault("sourceorganization", r.get("source"))), blankToNull(r.get("topic")),
                        blankToNull(r.get("unitofmeasure"))));
            }
        }
        return result;
    }

    /** A header cell as both layouts' spellings compare: "Country Code", "IncomeGroup", "INDICATOR_CODE". */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_]", "");
    }

    /**
     * The records after the header line, each by column name ({@link #key}), values stripped; cells past a short
     * record's end are absent. One of {@code keyColumns} must be in the header; it is present in every row.
     */
    private static List<Map<String, String>> headed(CSVParser parser, String fileName, String... keyColumns) {
        Iterator<CSVRecord> it = parser.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException(fileName + ": the file is empty");
        }
        List<String> header = FormatReader.stripped(it.next()).stream().map(WdiCsv::key).toList();
        String firstColumn = java.util.Arrays.stream(keyColumns).filter(header::contains).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(fileName + ", line 1: expected a column \""
                        + String.join("\" or \"", keyColumns) + "\" but the header is " + header));
        List<Map<String, String>> rows = new ArrayList<>();
        it.forEachRemaining(r -> {
            Map<String, String> row = new HashMap<>();
            List<String> cells = FormatReader.stripped(r);
            for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
                row.putIfAbsent(header.get(i), cells.get(i));
            }
            row.putIfAbsent(firstColumn, "");
            rows.add(row);
        });
        return rows;
    }

    /** "(current LCU)", "(constant LCU)"; not "LCU per international $", a conversion factor. */
    private static final java.util.regex.Pattern LOCAL_CURRENCY = java.util.regex.Pattern.compile("\\bLCU\\b(?! per)");

    /**
     * The unit a WDI indicator's name states: "GDP growth (annual %)" is in percent, "GDP (current US$)" in USD,
     * "Official exchange rate (LCU per US$, period average)" in local currency units per dollar, "GDP (current LCU)"
     * in local currency units. Returns an empty string when the name states none.
     */
    public static String unitOfIndicatorName(String name) {
        if (name.contains("%")) {
            return "percent";
        }
        if (name.contains("per US$")) {
            return "LCU per USD"; // an exchange rate: local currency units for one dollar, not dollars
        }
        if (name.contains("US$")) {
            return "USD";
        }
        if (LOCAL_CURRENCY.matcher(name).find()) {
            return Units.LOCAL_CURRENCY; // each economy's own currency: soms for Kyrgyzstan, tenge for Kazakhstan
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
