package org.factline.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.ObservationStatus;

/**
 * An Our World in Data grapher CSV: {@code Entity, Code, Year|Day}, then one or more value columns named by the
 * indicator's display name. Code is empty for regions (resolved by name on import); years may be negative; a
 * {@code Day} column holds dates. A column holding text is reported and skipped, never read as numbers.
 */
final class OwidReader implements FormatReader {

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        boolean[] text = textColumns(ctx);
        List<String> header = null;
        boolean byDay = false;
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (header == null) {
                header = cells;
                if (header.size() < 4 || !header.get(0).equalsIgnoreCase("entity") || !header.get(1).equalsIgnoreCase("code")
                        || !(header.get(2).equalsIgnoreCase("year") || header.get(2).equalsIgnoreCase("day"))) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line
                            + ": an OWID file starts with Entity, Code, Year (or Day) and one or more value columns");
                }
                byDay = header.get(2).equalsIgnoreCase("day");
                sink.source(new SourceInfo(sourceUrl(ctx), "Our World in Data: " + String.join(", ", valueColumns(header, text)),
                        "Our World in Data"));
                sink.mapping("geography from \"Code\" (or, where empty, \"Entity\" by name), period from \""
                        + header.get(2) + "\", one indicator per value column " + valueColumns(header, text));
                for (int i = 3; i < header.size(); i++) {
                    if (text[i]) {
                        sink.note("Column " + (i + 1) + " \"" + header.get(i) + "\" holds text, not numbers: skipped");
                    }
                }
                continue;
            }
            if (cells.size() < 3) {
                sink.reject(new Rejection(line, null, null, "expected at least 3 columns, found " + cells.size()));
                continue;
            }
            Period period;
            try {
                period = byDay ? Period.day(LocalDate.parse(cells.get(2))) : Period.year(Integer.parseInt(cells.get(2)));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                sink.reject(new Rejection(line, 3, cells.get(2), byDay ? "not a date like 2020-07-14" : "not a year"));
                continue;
            }
            String code = cells.get(1).isEmpty() ? null : cells.get(1).toUpperCase(Locale.ROOT);
            for (int i = 3; i < Math.min(header.size(), cells.size()); i++) {
                if (text[i]) {
                    continue;
                }
                NumberCells.Cell cell = NumberCells.read(cells.get(i), ctx.dialect().decimalComma());
                if (cell instanceof NumberCells.Number n) {
                    sink.row(new ImportRow(line, null, header.get(i), unitOf(header.get(i)), code, cells.get(0),
                            period, n.value(), ObservationStatus.OFFICIAL, sourceUrl(ctx)));
                } else if (cell instanceof NumberCells.Text t) {
                    sink.reject(new Rejection(line, i + 1, t.text(), "not a number"));
                }
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
        }
    }

    /** OWID names its grapher CSVs after the chart's slug: {@code gdp-growth.csv} is /grapher/gdp-growth. */
    static String sourceUrl(ReadContext ctx) {
        if (ctx.options().sourceUrl() != null) {
            return ctx.options().sourceUrl();
        }
        String slug = ctx.fileName().replaceAll("(?i)\\.csv$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-").replaceAll("(^-+|-+$)", "");
        return "https://ourworldindata.org/grapher/" + slug;
    }

    private static String unitOf(String columnName) {
        return columnName.contains("%") || columnName.toLowerCase(Locale.ROOT).contains("percent") ? Units.PERCENT : "";
    }

    private static List<String> valueColumns(List<String> header, boolean[] text) {
        List<String> names = new ArrayList<>();
        for (int i = 3; i < header.size(); i++) {
            if (!text[i]) {
                names.add(header.get(i));
            }
        }
        return names;
    }

    /** A first pass: a column is text when most of its non-missing cells are not numbers. */
    private static boolean[] textColumns(ReadContext ctx) {
        try (CSVParser parser = ctx.reopen().get()) {
            int[] numbers = null;
            int[] texts = null;
            for (CSVRecord r : parser) {
                if (numbers == null) {
                    numbers = new int[r.size()];
                    texts = new int[r.size()];
                    continue;
                }
                for (int i = 3; i < Math.min(r.size(), numbers.length); i++) {
                    NumberCells.Cell cell = NumberCells.read(r.get(i), ctx.dialect().decimalComma());
                    if (cell instanceof NumberCells.Number) {
                        numbers[i]++;
                    } else if (cell instanceof NumberCells.Text) {
                        texts[i]++;
                    }
                }
            }
            boolean[] text = new boolean[numbers == null ? 0 : numbers.length];
            for (int i = 0; i < text.length; i++) {
                text[i] = texts[i] > numbers[i];
            }
            return text;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
