package org.factline.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * A World Bank DataBank export (the CSV of {@code databank.worldbank.org}'s "Download options", also the data file
 * of its zip and the sheet of its Excel file), in any of the orientations DataBank lets a user choose:
 * <ul>
 *   <li>series in rows, periods across: {@code Country Name, Country Code, Series Name, Series Code, 2015 [YR2015],
 *       ...}, or the same with the series columns first;</li>
 *   <li>periods in rows, series across: {@code Time, Time Code, Country Name, Country Code,
 *       GDP growth (annual %) [NY.GDP.MKTP.KD.ZG], ...}.</li>
 * </ul>
 * Periods are written {@code YR2015}, {@code 2020Q1} or {@code 2020M01}; {@code ..} is a missing value. The file
 * ends with a footer that names the database and its update date ({@code Data from database: World Development
 * Indicators}, {@code Last Updated: 10/28/2025}); that date is the vintage, as the bulk download's "Last Updated Date".
 */
final class DataBankReader implements FormatReader {

    /** "2015 [YR2015]", "GDP growth (annual %) [NY.GDP.MKTP.KD.ZG]": a label, then a code in brackets. */
    private static final Pattern LABELLED = Pattern.compile("(.*?)\\s*\\[([^\\[\\]]+)]");
    private static final Pattern YEAR = Pattern.compile("(?:YR)?(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})M(0?[1-9]|1[0-2])");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);
    private static final String WDI = "World Development Indicators";

    /** Whether a header (its cells as {@link WdiCsv#key} spells them) is a DataBank export's. */
    static boolean isHeader(List<String> keys) {
        return keys.contains("countrycode") && (keys.contains("seriescode") && keys.contains("seriesname")
                || keys.contains("timecode"));
    }

    /** The footer's facts, read before the rows so that every row has the vintage. */
    private record Footer(String database, LocalDate updated) {
    }

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        Footer footer = footer(ctx);
        if (footer.updated() != null) {
            sink.vintage(footer.updated());
        }
        String database = footer.database() == null ? WDI : footer.database();
        Cells out = new Cells(ctx, sink, database, new HashSet<>());
        Map<String, Integer> col = null;
        Layout layout = null;
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (col == null) {
                col = FormatReader.columns(cells, WdiCsv::key);
                if (!isHeader(List.copyOf(col.keySet()))) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ": expected a DataBank "
                            + "header with Country Code and Series Name, Series Code (or Time Code), found " + cells);
                }
                layout = col.containsKey("seriescode") && col.containsKey("seriesname")
                        ? SeriesInRows.of(cells, col, ctx.fileName(), line)
                        : PeriodsInRows.of(cells, col, ctx.fileName(), line);
                sink.mapping(layout.mapping() + "; \"..\" is missing"
                        + (footer.updated() == null ? "" : "; vintage " + footer.updated() + " from \"Last Updated\""));
                continue;
            }
            if (isFooter(cells)) {
                continue;
            }
            String geo = get(cells, col.get("countrycode")).toUpperCase(Locale.ROOT);
            if (geo.isEmpty()) {
                sink.reject(new Rejection(line, col.get("countrycode") + 1, null, "Country Code is empty"));
                continue;
            }
            layout.read(cells, line, geo, get(cells, col.get("countryname")), out);
        }
        if (col == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
        }
    }

    /** What a layout needs to turn one cell into a row or a rejection. */
    private record Cells(ReadContext ctx, ImportSink sink, String database, Set<String> declared) {

        void value(long line, int column, String raw, String indicator, String name, String geo, String geoName,
                   Period period) {
            NumberCells.Cell cell = NumberCells.read(raw, ctx.dialect().decimalComma());
            if (cell instanceof NumberCells.Text t) {
                sink.reject(new Rejection(line, column + 1, t.text(), "not a number (" + period + ")"));
                return;
            }
            if (!(cell instanceof NumberCells.Number n)) {
                return;
            }
            String url = WdiReader.indicatorUrl(indicator);
            if (declared.add(indicator)) {
                sink.source(new SourceInfo(url, database + ": " + name, "World Bank"));
            }
            sink.row(new ImportRow(line, indicator, name, WdiCsv.unitOfIndicatorName(name), geo, geoName, period,
                    n.value(), ObservationStatus.OFFICIAL, url));
        }
    }

    private interface Layout {

        String mapping();

        void read(List<String> cells, long line, String geo, String geoName, Cells out);
    }

    /** Series in rows ({@code Series Name, Series Code}), one column per period. */
    private record SeriesInRows(int code, int name, Period[] periods) implements Layout {

        static SeriesInRows of(List<String> header, Map<String, Integer> col, String fileName, long line) {
            Set<Integer> keys = keyColumns(col, "countrycode", "countryname", "seriescode", "seriesname");
            Period[] periods = new Period[header.size()];
            for (int i = 0; i < header.size(); i++) {
                if (!keys.contains(i) && !header.get(i).isEmpty()) {
                    Matcher m = LABELLED.matcher(header.get(i));
                    periods[i] = period(m.matches() ? m.group(2) : header.get(i), fileName, line, i);
                }
            }
            return new SeriesInRows(col.get("seriescode"), col.get("seriesname"), periods);
        }

        @Override
        public String mapping() {
            return "World Bank DataBank export, series in rows: geography from \"Country Code\" (named by \"Country "
                    + "Name\"), indicator from \"Series Code\" (named by \"Series Name\"), period from each column's "
                    + "code (\"2015 [YR2015]\")";
        }

        @Override
        public void read(List<String> cells, long line, String geo, String geoName, Cells out) {
            String indicator = get(cells, code);
            if (indicator.isEmpty()) {
                out.sink().reject(new Rejection(line, code + 1, null, "Series Code is empty"));
                return;
            }
            for (int i = 0; i < Math.min(cells.size(), periods.length); i++) {
                if (periods[i] != null) {
                    out.value(line, i, cells.get(i), indicator, get(cells, name), geo, geoName, periods[i]);
                }
            }
        }
    }

    /** Periods in rows ({@code Time, Time Code}), one column per series, each headed "Name [CODE]". */
    private record PeriodsInRows(int timeCode, String[] codes, String[] names) implements Layout {

        static PeriodsInRows of(List<String> header, Map<String, Integer> col, String fileName, long line) {
            Set<Integer> keys = keyColumns(col, "countrycode", "countryname", "timecode", "time");
            String[] codes = new String[header.size()];
            String[] names = new String[header.size()];
            for (int i = 0; i < header.size(); i++) {
                if (keys.contains(i) || header.get(i).isEmpty()) {
                    continue;
                }
                Matcher m = LABELLED.matcher(header.get(i));
                if (!m.matches()) {
                    throw new IllegalArgumentException(fileName + ", line " + line + ", column " + (i + 1)
                            + ": expected a series as \"Name [CODE]\" but found \"" + header.get(i) + "\"");
                }
                names[i] = m.group(1);
                codes[i] = m.group(2).strip();
            }
            return new PeriodsInRows(col.get("timecode"), codes, names);
        }

        @Override
        public String mapping() {
            return "World Bank DataBank export, periods in rows: geography from \"Country Code\" (named by \"Country "
                    + "Name\"), period from \"Time Code\", indicator from each column's code (\"Name [CODE]\")";
        }

        @Override
        public void read(List<String> cells, long line, String geo, String geoName, Cells out) {
            Period period;
            try {
                period = period(get(cells, timeCode), out.ctx().fileName(), line, timeCode);
            } catch (IllegalArgumentException e) {
                out.sink().reject(new Rejection(line, timeCode + 1, get(cells, timeCode),
                        "not a DataBank period code such as YR2015, 2020Q1 or 2020M01"));
                return;
            }
            for (int i = 0; i < Math.min(cells.size(), codes.length); i++) {
                if (codes[i] != null) {
                    out.value(line, i, cells.get(i), codes[i], names[i], geo, geoName, period);
                }
            }
        }
    }

    /** The columns of those names that the header has. */
    private static Set<Integer> keyColumns(Map<String, Integer> col, String... names) {
        Set<Integer> keys = new HashSet<>();
        for (String n : names) {
            if (col.containsKey(n)) {
                keys.add(col.get(n));
            }
        }
        return keys;
    }

    /** A DataBank period code: {@code YR2015} (or a bare year), {@code 2020Q1}, {@code 2020M01}. */
    static Period period(String code, String fileName, long line, int column) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(c)).matches()) {
            return Period.year(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(c)).matches()) {
            return Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(c)).matches()) {
            return Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException(fileName + ", line " + line + ", column " + (column + 1)
                + ": expected a period such as \"2015 [YR2015]\", \"2020Q1\" or \"2020M01\" but found \"" + code
                + "\"");
    }

    /** The blank lines and the two notes DataBank writes after the data. */
    private static boolean isFooter(List<String> cells) {
        String first = cells.isEmpty() ? "" : cells.get(0);
        return cells.stream().allMatch(String::isEmpty) || first.startsWith("Data from database:")
                || first.startsWith("Last Updated:");
    }

    /** Reads the footer ahead of the rows; a file cut before it has neither date nor database. */
    private static Footer footer(ReadContext ctx) {
        String database = null;
        LocalDate updated = null;
        try (CSVParser p = ctx.reopen().get()) {
            for (CSVRecord r : p) {
                String first = r.get(0) == null ? "" : r.get(0).strip();
                if (first.startsWith("Data from database:")) {
                    database = first.substring("Data from database:".length()).strip();
                } else if (first.startsWith("Last Updated:")) {
                    String date = first.substring("Last Updated:".length()).strip();
                    try {
                        updated = LocalDate.parse(date, US_DATE);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(ctx.fileName() + ", line " + p.getCurrentLineNumber()
                                + ": \"Last Updated\" is \"" + date + "\", not a date like 10/28/2025");
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Footer(database == null || database.isEmpty() ? null : database, updated);
    }

    private static String get(List<String> cells, Integer i) {
        return i != null && i >= 0 && i < cells.size() ? cells.get(i) : "";
    }
}
