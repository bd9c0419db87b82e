package org.factline.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.ObservationStatus;

/**
 * Tidy (long) files: one observation per line, {@code indicator, geo, period, value[, unit][, status][, source_url]}
 * in any order, headers case-insensitive; or the World Bank derived layout {@code Country Name, Country Code,
 * Year, Value} with the indicator given on import.
 */
final class LongReader implements FormatReader {

    static final List<String> TIDY = List.of("indicator", "geo", "period", "value");
    static final List<String> COUNTRY_YEAR = List.of("country name", "country code", "year", "value");

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        Map<String, Integer> col = null;
        boolean countryYear = false;
        String fixedIndicator = ctx.options().indicator();
        String defaultSource = ctx.options().sourceUrl();
        Set<String> declared = new HashSet<>();
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (col == null) {
                col = FormatReader.columns(cells, c -> c.toLowerCase(Locale.ROOT));
                if (col.keySet().containsAll(TIDY)) {
                    sink.mapping("indicator from \"indicator\", geography from \"geo\", period from \"period\", value "
                            + "from \"value\"" + (col.containsKey("unit") ? ", unit from \"unit\"" : "")
                            + (col.containsKey("status") ? ", status from \"status\"" : ", status official")
                            + (col.containsKey("source_url") ? ", source from \"source_url\"" : ""));
                } else if (col.keySet().containsAll(COUNTRY_YEAR)) {
                    countryYear = true;
                    if (fixedIndicator == null || fixedIndicator.isBlank()) {
                        throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ": the layout Country "
                                + "Name, Country Code, Year, Value names no indicator: give one (--indicator=CODE)");
                    }
                    sink.mapping("geography from \"Country Code\" (named by \"Country Name\"), period from \"Year\", "
                            + "value from \"Value\", indicator " + fixedIndicator + " (given on import)");
                } else {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ": expected the columns "
                            + "indicator, geo, period, value (or Country Name, Country Code, Year, Value), found "
                            + cells);
                }
                if (defaultSource != null) {
                    sink.source(new SourceInfo(defaultSource, ctx.fileName(), null));
                }
                continue;
            }
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            String indicator = countryYear ? fixedIndicator : get(cells, col, "indicator");
            String geo = get(cells, col, countryYear ? "country code" : "geo").toUpperCase(Locale.ROOT);
            String periodText = get(cells, col, countryYear ? "year" : "period");
            String valueText = get(cells, col, "value");
            if (indicator.isEmpty()) {
                sink.reject(new Rejection(line, col.get("indicator") + 1, null, "indicator is empty"));
                continue;
            }
            if (geo.isEmpty()) {
                sink.reject(new Rejection(line, col.get(countryYear ? "country code" : "geo") + 1, null,
                        "geography is empty"));
                continue;
            }
            Period period;
            try {
                period = Period.parse(periodText);
            } catch (IllegalArgumentException e) {
                sink.reject(new Rejection(line, col.get(countryYear ? "year" : "period") + 1, periodText,
                        "not a period (2020, 2020-Q3, 2020-07 or 2020-07-14)"));
                continue;
            }
            NumberCells.Cell cell = NumberCells.read(valueText, ctx.dialect().decimalComma());
            if (cell instanceof NumberCells.Missing) {
                continue;
            }
            if (cell instanceof NumberCells.Text t) {
                sink.reject(new Rejection(line, col.get("value") + 1, t.text(), "not a number"));
                continue;
            }
            ObservationStatus status = ObservationStatus.OFFICIAL;
            if (col.containsKey("status") && !get(cells, col, "status").isEmpty()) {
                try {
                    status = ObservationStatus.parse(get(cells, col, "status"));
                } catch (org.factline.problem.InvalidInput e) {
                    sink.reject(new Rejection(line, col.get("status") + 1, get(cells, col, "status"), e.getMessage()));
                    continue;
                }
            }
            String source = col.containsKey("source_url") && !get(cells, col, "source_url").isEmpty()
                    ? get(cells, col, "source_url") : defaultSource;
            if (source != null && declared.add(source)) {
                sink.source(new SourceInfo(source, source.equals(defaultSource) ? ctx.fileName() : source, null));
            }
            String unit = col.containsKey("unit") ? Units.normalise(get(cells, col, "unit")) : null;
            sink.row(new ImportRow(line, indicator, null, unit, geo,
                    countryYear ? get(cells, col, "country name") : null, period,
                    ((NumberCells.Number) cell).value(), status, source));
        }
        if (col == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
        }
    }

    private static String get(List<String> cells, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }
}
