package org.factline.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * The World Bank's wide layout: optional preamble ({@code "Last Updated Date","2024-06-28"} gives the vintage),
 * then {@code Country Name, Country Code, Indicator Name, Indicator Code, 1960, ..., 2023} and a trailing empty
 * column. An empty cell is a missing value.
 */
final class WdiReader implements FormatReader {

    static final List<String> KEY_COLUMNS = List.of("country name", "country code", "indicator name", "indicator code");

    static String indicatorUrl(String code) {
        return "https://data.worldbank.org/indicator/" + code;
    }

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        List<String> header = null;
        int[] years = null;
        Period[] periods = null;
        Set<String> indicators = new HashSet<>();
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (header == null) {
                String first = cells.get(0).toLowerCase(Locale.ROOT);
                if (first.equals("last updated date") && cells.size() > 1) {
                    try {
                        sink.vintage(LocalDate.parse(cells.get(1)));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(ctx.fileName() + ", line " + line
                                + ": \"Last Updated Date\" is \"" + cells.get(1) + "\", not a date like 2024-06-28");
                    }
                } else if (first.equals("country name")) {
                    header = cells;
                    years = yearsOf(header, ctx.fileName(), line);
                    periods = new Period[years.length];
                    for (int i = 0; i < years.length; i++) {
                        periods[i] = years[i] == Integer.MIN_VALUE ? null : Period.year(years[i]);
                    }
                    sink.mapping("geography from \"Country Code\" (named by \"Country Name\"), indicator from "
                            + "\"Indicator Code\", period from the year columns " + firstAndLast(years)
                            + ", value from each year's cell (empty = missing)");
                }
                continue;
            }
            if (cells.size() < 4) {
                sink.reject(new Rejection(line, null, null, "expected at least 4 columns, found " + cells.size()));
                continue;
            }
            String code = cells.get(1).toUpperCase(Locale.ROOT);
            String indicator = cells.get(3);
            if (code.isEmpty() || indicator.isEmpty()) {
                sink.reject(new Rejection(line, code.isEmpty() ? 2 : 4, null,
                        (code.isEmpty() ? "Country Code" : "Indicator Code") + " is empty"));
                continue;
            }
            if (indicators.add(indicator)) {
                sink.source(new SourceInfo(indicatorUrl(indicator), "World Development Indicators: " + cells.get(2),
                        "World Bank"));
            }
            String unit = WdiCsv.unitOfIndicatorName(cells.get(2));
            String url = indicatorUrl(indicator); // one string a line, so that its hash is computed once
            for (int i = 4; i < Math.min(cells.size(), header.size()); i++) {
                if (years[i] == Integer.MIN_VALUE) {
                    continue;
                }
                NumberCells.Cell cell = NumberCells.read(cells.get(i), ctx.dialect().decimalComma());
                if (cell instanceof NumberCells.Number n) {
                    sink.row(new ImportRow(line, indicator, cells.get(2), unit, code, cells.get(0),
                            periods[i], n.value(), ObservationStatus.OFFICIAL, url));
                } else if (cell instanceof NumberCells.Text t) {
                    sink.reject(new Rejection(line, i + 1, t.text(), "not a number (" + years[i] + ")"));
                }
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": no header line starting with \"Country Name\" found");
        }
    }

    private static int[] yearsOf(List<String> header, String fileName, long line) {
        for (int i = 0; i < KEY_COLUMNS.size(); i++) {
            if (header.size() <= i || !header.get(i).equalsIgnoreCase(KEY_COLUMNS.get(i))) {
                throw new IllegalArgumentException(fileName + ", line " + line + ", column " + (i + 1) + ": expected \""
                        + KEY_COLUMNS.get(i) + "\" but found \"" + (header.size() > i ? header.get(i) : "") + "\"");
            }
        }
        int[] years = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (i < 4 || h.isEmpty()) {
                years[i] = Integer.MIN_VALUE;
            } else if (h.matches("-?\\d{1,4}")) {
                years[i] = Integer.parseInt(h);
            } else {
                throw new IllegalArgumentException(fileName + ", line " + line + ", column " + (i + 1)
                        + ": expected a year but found \"" + h + "\"");
            }
        }
        return years;
    }

    private static String firstAndLast(int[] years) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int y : years) {
            if (y != Integer.MIN_VALUE) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        return min == Integer.MAX_VALUE ? "(none)" : min + "\u2013" + max;
    }

}
