package org.factline.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * The IMF's World Economic Outlook database files ({@code WEOApr2024all.xls}: tab-separated text despite the name,
 * UTF-16 or Latin-1): {@code WEO Country Code, ISO, WEO Subject Code, Country, Subject Descriptor, Subject Notes,
 * Units, Scale, Country/Series-specific Notes, 1980, ..., 2029, Estimates Start After}. Each row is one indicator
 * ({@code WEO.} + the subject code) for one economy (its ISO code); {@code n/a} and {@code --} are missing; values
 * carry thousands separators and are multiplied by the row's scale (Billions, Millions); the years after
 * "Estimates Start After" are the IMF's estimates and projections and are marked ESTIMATE. A footer line naming the
 * database is skipped. The edition in the file name ("Apr2024") gives the vintage and the source.
 */
final class WeoReader implements FormatReader {

    private static final Pattern EDITION = Pattern.compile("(?i)WEO(Jan|Apr|Jul|Oct|Sep)(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.of("jan", 1, "apr", 4, "jul", 7, "sep", 9, "oct", 10);
    private static final Map<String, Integer> SCALES = Map.of("billions", 9, "millions", 6, "thousands", 3,
            "units", 0, "", 0);

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        Map<String, Integer> col = null;
        int[] years = null;
        int estimatesAfter = -1;
        String sourceUrl = source(ctx, sink);
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (col == null) {
                col = columns(cells, ctx.fileName(), line);
                years = new int[cells.size()];
                for (int i = 0; i < cells.size(); i++) {
                    years[i] = cells.get(i).matches("\\d{4}") ? Integer.parseInt(cells.get(i)) : Integer.MIN_VALUE;
                }
                estimatesAfter = col.getOrDefault("estimatesstartafter", -1);
                sink.mapping("geography from \"ISO\" (named by \"Country\"), indicator WEO.<\"WEO Subject Code\"> named "
                        + "by \"Subject Descriptor\" and \"Units\", value from each year's cell times \"Scale\"; years "
                        + "after \"Estimates Start After\" are estimates");
                continue;
            }
            if (cells.stream().filter(c -> !c.isEmpty()).count() <= 1) {
                continue; // the footer: "International Monetary Fund, World Economic Outlook Database, April 2024"
            }
            String iso = get(cells, col.get("iso")).toUpperCase(Locale.ROOT);
            String subject = get(cells, col.get("weosubjectcode"));
            if (iso.isEmpty() || subject.isEmpty()) {
                sink.reject(new Rejection(line, (iso.isEmpty() ? col.get("iso") : col.get("weosubjectcode")) + 1, null,
                        (iso.isEmpty() ? "ISO" : "WEO Subject Code") + " is empty"));
                continue;
            }
            String units = get(cells, col.get("units"));
            String scale = get(cells, col.get("scale"));
            Integer power = SCALES.get(scale.toLowerCase(Locale.ROOT));
            if (power == null) {
                sink.reject(new Rejection(line, col.get("scale") + 1, scale, "unknown scale: expected Billions, "
                        + "Millions, Thousands or Units"));
                continue;
            }
            String name = get(cells, col.get("subjectdescriptor")) + " (" + units
                    + (power == 0 ? "" : ", " + scale.toLowerCase(Locale.ROOT)) + ")";
            int lastActual = parseYear(estimatesAfter < 0 ? "" : get(cells, estimatesAfter));
            for (int i = 0; i < Math.min(cells.size(), years.length); i++) {
                if (years[i] == Integer.MIN_VALUE) {
                    continue;
                }
                NumberCells.Cell cell = NumberCells.read(cells.get(i), false);
                if (cell instanceof NumberCells.Number n) {
                    BigDecimal value = n.value().scaleByPowerOfTen(power);
                    ObservationStatus status = lastActual > 0 && years[i] > lastActual ? ObservationStatus.ESTIMATE
                            : ObservationStatus.OFFICIAL;
                    sink.row(new ImportRow(line, "WEO." + subject, name, unit(units), iso,
                            get(cells, col.get("country")), Period.year(years[i]), value, status, sourceUrl));
                } else if (cell instanceof NumberCells.Text t) {
                    sink.reject(new Rejection(line, i + 1, t.text(), "not a number (" + years[i] + ")"));
                }
            }
        }
        if (col == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
        }
    }

    /** The header's columns by key ({@link WdiCsv#key}), checking the ones every row needs. */
    private static Map<String, Integer> columns(List<String> header, String fileName, long line) {
        Map<String, Integer> col = FormatReader.columns(header, WdiCsv::key);
        for (String need : List.of("iso", "weosubjectcode", "country", "subjectdescriptor", "units", "scale")) {
            if (!col.containsKey(need)) {
                throw new IllegalArgumentException(fileName + ", line " + line + ": no column \"" + need
                        + "\" in the World Economic Outlook header " + header);
            }
        }
        return col;
    }

    /** The edition's source (from the file name, or the import's --source-url), declared to the sink; its URL. */
    private static String source(ReadContext ctx, ImportSink sink) {
        Matcher m = EDITION.matcher(ctx.fileName());
        String edition = m.find() ? m.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
                + m.group(1).substring(1).toLowerCase(Locale.ROOT) + " " + m.group(2) : null;
        if (edition != null) {
            sink.vintage(LocalDate.of(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), 1));
        }
        String url = ctx.options().sourceUrl() != null ? ctx.options().sourceUrl()
                : "urn:imf:weo:" + (edition == null ? ctx.fileName() : edition.replace(' ', '-').toLowerCase(Locale.ROOT));
        sink.source(new SourceInfo(url, "IMF World Economic Outlook" + (edition == null ? "" : ", " + edition),
                "International Monetary Fund"));
        return url;
    }

    /** Factline's unit for a WEO "Units" cell. */
    static String unit(String units) {
        String u = units.toLowerCase(Locale.ROOT);
        if (u.startsWith("percent")) {
            return "percent";
        }
        if (u.equals("u.s. dollars")) {
            return "USD";
        }
        if (u.equals("national currency")) {
            return "LCU";
        }
        return u.isEmpty() ? "" : u;
    }

    private static int parseYear(String s) {
        return s.matches("\\d{4}") ? Integer.parseInt(s) : -1;
    }

    private static String get(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }
}
