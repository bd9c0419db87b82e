package org.factline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as it arrives: its dialect, its layout (detected from its first lines, or as named) and a streaming
 * read of its observations. Plain Java: nothing here touches the database.
 */
final class CsvFile {

    /** The layout of a file, why Factline believes so, and how it is written. */
    record Detected(ImportFormat format, String reason, Dialect dialect) {
    }

    private final Path path;
    private final String name;

    CsvFile(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Detects the layout, or takes {@code forced} when it is not null. */
    Detected detect(ImportFormat forced) {
        Dialect dialect = Dialect.detect(path);
        if (forced != null) {
            return new Detected(forced, "format chosen on import", dialect);
        }
        List<List<String>> head = new ArrayList<>();
        try (CSVParser parser = open(dialect)) {
            for (CSVRecord r : parser) {
                head.add(FormatReader.stripped(r).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
                if (head.size() == 8) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(name + ": not readable as CSV: " + rootMessage(e), e);
        }
        if (head.isEmpty()) {
            throw new IllegalArgumentException(name + ": the file is empty");
        }
        for (List<String> row : head) {
            if (row.get(0).equals("last updated date") || row.get(0).equals("data source")) {
                return new Detected(ImportFormat.WDI, "World Bank preamble line \"" + (row.get(0).equals("data source")
                        ? "Data Source" : "Last Updated Date") + "\"", dialect);
            }
        }
        List<String> h = head.get(0);
        if (h.size() >= 4 && h.subList(0, 4).equals(WdiReader.KEY_COLUMNS)) {
            return new Detected(ImportFormat.WDI, "header Country Name, Country Code, Indicator Name, Indicator Code "
                    + "followed by year columns", dialect);
        }
        List<String> keys = h.stream().map(WdiCsv::key).toList();
        if (DataBankReader.isHeader(keys)) {
            return new Detected(ImportFormat.DATABANK, "World Bank DataBank header Country Code, " + (keys.contains(
                    "timecode") ? "Time Code, then one column per series" : "Series Code, then one column per period"),
                    dialect);
        }
        if (h.get(0).contains(",geo\\") || h.get(0).matches("geo\\\\.*")) {
            return new Detected(ImportFormat.EUROSTAT, "Eurostat TSV header \"" + head.get(0).get(0) + "\": dimensions "
                    + "joined in the first column, periods across", dialect);
        }
        if (keys.contains("weosubjectcode") && keys.contains("iso")) {
            return new Detected(ImportFormat.WEO, "IMF World Economic Outlook header WEO Country Code, ISO, WEO Subject "
                    + "Code", dialect);
        }
        if (keys.size() >= 3 && List.of("countrycode", "code").contains(keys.get(0)) && keys.contains("region")
                && keys.contains("incomegroup")) {
            return new Detected(ImportFormat.WDI_COUNTRIES, "World Bank country metadata header Country Code, Region, "
                    + "Income Group", dialect);
        }
        if (keys.size() >= 2 && List.of("indicatorcode", "seriescode", "code").contains(keys.get(0))
                && keys.contains("indicatorname")) {
            String which = switch (keys.get(0)) {
                case "seriescode" -> "Series Code, Topic, Indicator Name (the WDI catalog)";
                case "code" -> "Code, Indicator Name (a DataBank export's series metadata)";
                default -> "INDICATOR_CODE, INDICATOR_NAME";
            };
            return new Detected(ImportFormat.WDI_INDICATORS, "World Bank indicator metadata header " + which, dialect);
        }
        if (SdmxReader.isHeader(h)) {
            return new Detected(ImportFormat.SDMX, "SDMX-CSV header " + head.get(0).get(0).toUpperCase(Locale.ROOT)
                    + " ... TIME_PERIOD, OBS_VALUE", dialect);
        }
        if ((h.get(0).equals("observation_date") || h.get(0).equals("date")) && h.size() >= 2) {
            return new Detected(ImportFormat.FRED, "FRED header \"" + head.get(0).get(0) + "\" followed by series IDs",
                    dialect);
        }
        if (h.size() >= 4 && h.get(0).equals("entity") && h.get(1).equals("code")
                && (h.get(2).equals("year") || h.get(2).equals("day"))) {
            return new Detected(ImportFormat.OWID, "Our World in Data header Entity, Code, " + h.get(2), dialect);
        }
        if (h.containsAll(LongReader.TIDY)) {
            return new Detected(ImportFormat.LONG, "tidy header indicator, geo, period, value", dialect);
        }
        if (h.containsAll(LongReader.COUNTRY_YEAR)) {
            return new Detected(ImportFormat.LONG, "header Country Name, Country Code, Year, Value", dialect);
        }
        throw new IllegalArgumentException(name + ", line 1: not a layout Factline knows (World Bank bulk or "
                + "DataBank, FRED, Our World in Data, IMF WEO, Eurostat, tidy indicator/geo/period/value, SDMX-CSV); "
                + "the header is " + head.get(0));
    }

    /** Streams the file's observations and rejections into {@code sink}. */
    void read(Detected detected, ImportOptions options, ImportSink sink) {
        read(detected, options, sink, new ImportProgress());
    }

    /** Streams the file's observations and rejections into {@code sink}, counting the bytes read into progress. */
    void read(Detected detected, ImportOptions options, ImportSink sink, ImportProgress progress) {
        FormatReader reader = switch (detected.format()) {
            case WDI -> new WdiReader();
            case DATABANK -> new DataBankReader();
            case FRED -> new FredReader();
            case OWID -> new OwidReader();
            case LONG -> new LongReader();
            case SDMX -> new SdmxReader();
            case WEO -> new WeoReader();
            case EUROSTAT -> new EurostatReader();
            case WDI_COUNTRIES -> (parser, ctx, out) -> {
                out.mapping("geography names from \"TableName\", regions from \"Region\", income groups from "
                        + "\"IncomeGroup\"; a code without a region is an aggregate");
                WdiCsv.countryMetadata(parser, ctx.fileName()).forEach(out::geography);
            };
            case WDI_INDICATORS -> (parser, ctx, out) -> {
                out.mapping("indicator names from \"INDICATOR_NAME\" or \"Indicator Name\", definitions from "
                        + "\"SOURCE_NOTE\" or \"Long definition\", sources from \"SOURCE_ORGANIZATION\" or \"Source\", "
                        + "topics from \"Topic\"");
                WdiCsv.indicatorMetadata(parser, ctx.fileName()).forEach(out::indicator);
            };
        };
        FormatReader.ReadContext ctx = new FormatReader.ReadContext(name, detected.dialect(), options, () -> {
            try {
                return open(detected.dialect());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (CSVParser parser = open(detected.dialect(), detected.format() != ImportFormat.WEO
                && detected.format() != ImportFormat.EUROSTAT, progress)) {
            reader.read(parser, ctx, sink);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(name + ": not readable as CSV: " + rootMessage(e), e);
        }
    }

    private CSVParser open(Dialect dialect) throws IOException {
        return open(dialect, true, null);
    }

    /** A parser over the file; {@code quoted} false for layouts that never quote (a WEO note may hold a lone "). */
    private CSVParser open(Dialect dialect, boolean quoted, ImportProgress progress) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (progress != null) {
            in = new java.io.FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    progress.read(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    progress.read(Math.max(n, 0));
                    return n;
                }
            };
        }
        Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, dialect.charset()), 1 << 16);
        if (dialect.bom()) {
            reader.skip(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter())
                .setQuote(quoted ? Character.valueOf('"') : null)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        return format.parse(reader);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
