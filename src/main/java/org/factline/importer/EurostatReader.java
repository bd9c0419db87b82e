package org.factline.importer;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.geography.IsoCountries;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * Eurostat's TSV bulk files ({@code estat_nama_10_gdp.tsv.gz}): the first column joins the dimensions with commas
 * under a header such as {@code freq,unit,na_item,geo\TIME_PERIOD} (older files: {@code unit,na_item,geo\time}), the
 * other columns are periods (2020, 2020-Q1 or 2020Q1, 2020-01 or 2020M01). A cell is a number, optionally followed
 * by a space and flags ({@code 2.8 p}); {@code :} is missing. Flags p, e and f give preliminary, estimate and
 * forecast. The indicator is the dataset (from the file name) plus the dimensions but freq and geo
 * ({@code NAMA_10_GDP.CLV_PCH_PRE.B1GQ}); Eurostat's own geography codes EL and UK are Greece and the United Kingdom;
 * aggregates such as EU27_2020 keep their code. Units as {@link EurostatUnits} reads them.
 */
final class EurostatReader implements FormatReader {

    /** A value or ":", then Eurostat's flags (b break, c confidential, d definition differs, e estimated, f forecast,
     * n not significant, p provisional, r revised, s Eurostat estimate, u low reliability, z not applicable). */
    private static final Pattern CELL = Pattern.compile("(:|[-+]?\\d+(?:\\.\\d+)?)\\s*([bcdefnprsuz]*)");
    /** Eurostat's aggregates, named, so that a file that names only their codes can create them. */
    private static final Map<String, String> AGGREGATES = Map.of(
            "EU27_2020", "European Union (27 countries, from 2020)", "EU28", "European Union (28 countries)",
            "EA20", "Euro area (20 countries)", "EA19", "Euro area (19 countries)",
            "EA", "Euro area (changing composition)", "EU", "European Union (changing composition)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:-|M)(\\d{2})");
    /** Eurostat's geography codes that are not ISO 3166 alpha-2. */
    static final Map<String, String> EU_GEO = Map.of("EL", "GRC", "UK", "GBR", "XK", "XKX");

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        List<String> dims = null;
        Period[] periods = null;
        int geo = -1;
        int freq = -1;
        String dataset = dataset(ctx);
        String sourceUrl = ctx.options().sourceUrl() != null ? ctx.options().sourceUrl() : "urn:eurostat:" + dataset;
        sink.source(new SourceInfo(sourceUrl, "Eurostat: " + dataset, "Eurostat"));
        Set<String> badPeriods = new HashSet<>();
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (dims == null) {
                String first = cells.get(0);
                int slash = first.indexOf('\\');
                if (slash < 0) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ", column 1: expected "
                            + "dimensions such as \"freq,unit,geo\\TIME_PERIOD\" but found \"" + first + "\"");
                }
                dims = List.of(first.substring(0, slash).toLowerCase(Locale.ROOT).split(","));
                geo = dims.indexOf("geo");
                freq = dims.indexOf("freq");
                if (geo < 0) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ", column 1: no \"geo\" "
                            + "dimension in \"" + first + "\"");
                }
                periods = new Period[cells.size()];
                for (int i = 1; i < cells.size(); i++) {
                    periods[i] = period(cells.get(i));
                    if (periods[i] == null) {
                        badPeriods.add(cells.get(i));
                    }
                }
                if (!badPeriods.isEmpty()) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ": not periods Factline "
                            + "reads (2020, 2020-Q1, 2020-01): " + badPeriods);
                }
                sink.mapping("dimensions " + dims + " from the first column; geography from \"geo\", indicator "
                        + dataset + " plus the other dimensions but freq; periods from the header; flags p, e, f "
                        + "after a value give its status; \":\" is missing");
                continue;
            }
            String[] keys = cells.get(0).split(",", -1);
            if (keys.length != dims.size()) {
                sink.reject(new Rejection(line, 1, cells.get(0), "expected " + dims.size() + " dimensions " + dims));
                continue;
            }
            StringBuilder indicator = new StringBuilder(dataset);
            String unitCode = "";
            for (int d = 0; d < keys.length; d++) {
                if (d != geo && d != freq) {
                    indicator.append('.').append(keys[d].strip().toUpperCase(Locale.ROOT));
                }
                if (dims.get(d).equals("unit")) {
                    unitCode = keys[d].strip().toUpperCase(Locale.ROOT);
                }
            }
            String geoCode = keys[geo].strip().toUpperCase(Locale.ROOT);
            String geography = EU_GEO.getOrDefault(geoCode, IsoCountries.toAlpha3(geoCode).orElse(geoCode));
            for (int i = 1; i < Math.min(cells.size(), periods.length); i++) {
                Matcher m = CELL.matcher(cells.get(i));
                if (cells.get(i).isEmpty() || m.matches() && m.group(1).equals(":")) {
                    continue;
                }
                if (!m.matches()) {
                    sink.reject(new Rejection(line, i + 1, cells.get(i), "not a number with optional flags, such "
                            + "as 2.8 or 2.8 p (" + periods[i] + ")"));
                    continue;
                }
                BigDecimal value = new BigDecimal(m.group(1)).scaleByPowerOfTen(EurostatUnits.power(unitCode));
                sink.row(new ImportRow(line, indicator.toString(), indicator.toString(), EurostatUnits.unit(unitCode),
                        geography,
                        AGGREGATES.getOrDefault(geoCode, IsoCountries.name(geography).orElse("Eurostat: " + geoCode)),
                        periods[i], value, status(m.group(2)), sourceUrl));
            }
        }
        if (dims == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
        }
    }

    /** The dataset's code from the file name ({@code estat_nama_10_gdp.tsv.gz} is NAMA_10_GDP). */
    private static String dataset(ReadContext ctx) {
        String base = ctx.fileName().replaceFirst("(?i)(\\.tsv|\\.txt)?(\\.gz)?$", "").replaceFirst("(?i)^estat_", "");
        return base.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
    }

    static Period period(String text) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}")) {
                return Period.year(Integer.parseInt(s));
            }
            Matcher q = QUARTER.matcher(s);
            if (q.matches()) {
                return Period.quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
            }
            Matcher m = MONTH.matcher(s);
            if (m.matches()) {
                return Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** p provisional, e estimated, f forecast; other flags (b break, d definition differs, u low reliability) say
     * nothing of the status. */
    static ObservationStatus status(String flags) {
        return flags.contains("f") ? ObservationStatus.FORECAST : flags.contains("e") ? ObservationStatus.ESTIMATE
                : flags.contains("p") ? ObservationStatus.PRELIMINARY : ObservationStatus.OFFICIAL;
    }
}
