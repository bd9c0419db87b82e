package org.factline.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * A FRED download: {@code observation_date} (before late 2024: {@code DATE}), then one column per series ID.
 * Each date is the first day of its period; the frequency is inferred from the gap between the first dates.
 * Missing is {@code .} (older files) or empty (newer). FRED files name no country: the geography is the
 * import's ({@code --geo}), USA by default.
 */
final class FredReader implements FormatReader {

    static final String DEFAULT_GEOGRAPHY = "USA";

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        List<String> header = null;
        List<Pending> pending = new ArrayList<>();
        Frequency frequency = null;
        String geography = ctx.options().geography() == null ? DEFAULT_GEOGRAPHY
                : ctx.options().geography().strip().toUpperCase(Locale.ROOT);
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (header == null) {
                header = cells;
                String first = header.get(0).toLowerCase(Locale.ROOT);
                if (!first.equals("observation_date") && !first.equals("date") || header.size() < 2) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line
                            + ": a FRED file starts with observation_date (or DATE) and one column per series");
                }
                for (int i = 1; i < header.size(); i++) {
                    String id = header.get(i);
                    if (id.isEmpty()) {
                        throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ", column " + (i + 1)
                                + ": a series ID is empty");
                    }
                    sink.source(new SourceInfo(url(id), "FRED series " + id, "Federal Reserve Bank of St. Louis"));
                }
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cells.get(0));
            } catch (DateTimeParseException e) {
                sink.reject(new Rejection(line, 1, cells.get(0), "not a date like 2020-07-01"));
                continue;
            }
            if (frequency == null) {
                pending.add(new Pending(line, date, cells));
                if (pending.size() < 3) {
                    continue;
                }
                frequency = infer(pending);
                describe(sink, header, frequency, geography);
                for (Pending p : pending) {
                    emit(p, header, frequency, geography, ctx, sink);
                }
                pending.clear();
            } else {
                emit(new Pending(line, date, cells), header, frequency, geography, ctx, sink);
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
        }
        if (frequency == null && !pending.isEmpty()) {
            frequency = infer(pending);
            describe(sink, header, frequency, geography);
            for (Pending p : pending) {
                emit(p, header, frequency, geography, ctx, sink);
            }
        }
    }

    private record Pending(long line, LocalDate date, List<String> cells) {
    }

    static String url(String seriesId) {
        return "https://fred.stlouisfed.org/series/" + seriesId;
    }

    private static void describe(ImportSink sink, List<String> header, Frequency frequency, String geography) {
        sink.mapping("period from \"" + header.get(0) + "\" (" + frequency.name().toLowerCase(Locale.ROOT)
                + ", inferred from the dates), one indicator per series column " + header.subList(1, header.size())
                + ", geography " + geography + " (FRED files name none; set it with --geo)");
    }

    private static void emit(Pending p, List<String> header, Frequency frequency, String geography, ReadContext ctx,
                             ImportSink sink) {
        Period period = Period.containing(p.date(), frequency);
        for (int i = 1; i < Math.min(header.size(), p.cells().size()); i++) {
            NumberCells.Cell cell = NumberCells.read(p.cells().get(i), ctx.dialect().decimalComma());
            if (cell instanceof NumberCells.Number n) {
                String id = header.get(i);
                sink.row(new ImportRow(p.line(), id, id, "", geography, null, period, n.value(),
                        ObservationStatus.OFFICIAL, url(id)));
            } else if (cell instanceof NumberCells.Text t) {
                sink.reject(new Rejection(p.line(), i + 1, t.text(), "not a number"));
            }
        }
    }

    /** Daily, weekly, monthly, quarterly or annual, from the smallest gap between the first dates. */
    static Frequency infer(List<Pending> first) {
        if (first.size() < 2) {
            LocalDate d = first.get(0).date();
            return d.getDayOfYear() == 1 ? Frequency.ANNUAL : d.getDayOfMonth() == 1 ? Frequency.MONTHLY : Frequency.DAILY;
        }
        long gap = Long.MAX_VALUE;
        for (int i = 1; i < first.size(); i++) {
            gap = Math.min(gap, Math.abs(ChronoUnit.DAYS.between(first.get(i - 1).date(), first.get(i).date())));
        }
        if (gap <= 4) {
            return Frequency.DAILY;
        }
        if (gap <= 8) {
            return Frequency.WEEKLY;
        }
        if (gap <= 31) {
            return Frequency.MONTHLY;
        }
        if (gap <= 92) {
            return Frequency.QUARTERLY;
        }
        return Frequency.ANNUAL;
    }
}
