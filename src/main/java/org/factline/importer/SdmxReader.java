package org.factline.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factline.geography.IsoCountries;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;

/**
 * SDMX-CSV: {@code DATAFLOW, <dimensions>, TIME_PERIOD, OBS_VALUE[, <attributes>]} (1.0), or {@code STRUCTURE,
 * STRUCTURE_ID[, STRUCTURE_NAME][, ACTION], <dimensions>, ...} (2.0, the dataflow in STRUCTURE_ID), or the ECB's
 * {@code KEY, <dimensions>, ...} (the dataflow is the key's first part). The geography is the REF_AREA (or GEO)
 * dimension, ISO alpha-2 or alpha-3 (Eurostat's EL and UK are Greece and the United Kingdom); the indicator is the
 * dataflow's id plus the other dimensions' values except FREQ ({@code NAMA_10_GDP.CP_MEUR.B1GQ}, as Eurostat's TSV
 * of the same dataset names it); OBS_STATUS (or Eurostat's OBS_FLAG) gives the status and UNIT_MULT the power of ten
 * the value is stated in. Columns before TIME_PERIOD whose header is not a code are not dimensions: Eurostat's
 * {@code LAST UPDATE} (the file's vintage) and the label columns of a download "with labels"; a dimension written
 * {@code freq: Time frequency} holds cells such as {@code A: Annual}, of which the code is read.
 */
final class SdmxReader implements FormatReader {

    private static final Set<String> GEO_DIMENSIONS = Set.of("REF_AREA", "GEO", "COUNTRY", "GEO_AREA", "LOCATION");
    private static final Pattern DATAFLOW = Pattern.compile("(?:([^:]+):)?([^(]+)(?:\\(([^)]*)\\))?");
    private static final Pattern SDMX_MONTH = Pattern.compile("(\\d{4})-?M(\\d{2})");
    /** A dimension's header: a code, or (2.0 with labels) a code, a colon and its label. */
    private static final Pattern CODE = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)(:\\s.*)?");
    private static final Set<String> NOT_DIMENSIONS = Set.of("DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME",
            "ACTION", "KEY", "FREQ");
    /** Eurostat's "LAST UPDATE": {@code 10/04/24 23:00:00}, day first. */
    private static final java.time.format.DateTimeFormatter LAST_UPDATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yy[ HH:mm[:ss]]", Locale.ROOT);

    /** Whether a header (as written, lower case) is one of the SDMX-CSV shapes this reader takes. */
    static boolean isHeader(List<String> lowerCase) {
        List<String> codes = lowerCase.stream().map(SdmxReader::code).toList();
        return List.of("dataflow", "structure", "key").contains(codes.get(0)) && codes.contains("time_period")
                && codes.contains("obs_value");
    }

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        List<String> header = null;
        int time = -1;
        int value = -1;
        int geo = -1;
        int status = -1;
        int unitMult = -1;
        int unit = -1;
        int flow = 0;
        int lastUpdate = -1;
        int title = -1;
        boolean eurostatFlags = false;
        List<Integer> dims = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (header == null) {
                header = cells.stream().map(s -> {
                    Matcher code = CODE.matcher(s);
                    return code.matches() ? code.group(1).toUpperCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
                }).toList();
                time = header.indexOf("TIME_PERIOD");
                value = header.indexOf("OBS_VALUE");
                if (!isHeader(cells.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList())) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ": SDMX-CSV needs the "
                            + "columns DATAFLOW (or STRUCTURE, STRUCTURE_ID, or KEY), TIME_PERIOD and OBS_VALUE");
                }
                flow = header.get(0).equals("STRUCTURE") && header.contains("STRUCTURE_ID")
                        ? header.indexOf("STRUCTURE_ID") : 0;
                lastUpdate = header.indexOf("LAST UPDATE");
                title = header.indexOf("TITLE");
                // A 2.0 file "with labels" has STRUCTURE_NAME, and a label column after each dimension ("freq, Time
                // frequency"), unless each label shares its dimension's column ("freq: Time frequency").
                boolean labelColumns = header.contains("STRUCTURE_NAME");
                for (int i = 1; i < time; i++) {
                    Matcher code = CODE.matcher(cells.get(i));
                    if (NOT_DIMENSIONS.contains(header.get(i)) || !code.matches()) {
                        continue; // LAST UPDATE, or a label column ("Time frequency")
                    }
                    if (GEO_DIMENSIONS.contains(header.get(i)) && geo < 0) {
                        geo = i;
                    } else {
                        dims.add(i);
                    }
                    if (labelColumns && code.group(2) == null) {
                        i++;
                    }
                }
                if (geo < 0 && ctx.options().geography() == null) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ": no REF_AREA or GEO "
                            + "dimension: give the geography on import (--geo=CODE)");
                }
                status = header.contains("OBS_STATUS") ? header.indexOf("OBS_STATUS") : header.indexOf("OBS_FLAG");
                eurostatFlags = status >= 0 && header.get(status).equals("OBS_FLAG");
                unitMult = header.indexOf("UNIT_MULT");
                unit = header.indexOf("UNIT_MEASURE") >= 0 ? header.indexOf("UNIT_MEASURE") : header.indexOf("UNIT");
                sink.mapping("geography from " + (geo >= 0 ? header.get(geo) : ctx.options().geography()) + ", period "
                        + "from TIME_PERIOD, value from OBS_VALUE, indicator from DATAFLOW + " + names(header, dims)
                        + (status >= 0 ? ", status from " + header.get(status) : "")
                        + (unitMult >= 0 ? ", scale from UNIT_MULT" : "")
                        + (lastUpdate >= 0 ? ", vintage from LAST UPDATE" : ""));
                continue;
            }
            if (lastUpdate >= 0 && sources.isEmpty() && lastUpdate < cells.size()) {
                vintage(cells.get(lastUpdate), line, lastUpdate, ctx, sink);
            }
            if (cells.size() <= Math.max(time, value)) {
                sink.reject(new Rejection(line, null, null, "expected at least " + (Math.max(time, value) + 1)
                        + " columns, found " + cells.size()));
                continue;
            }
            String dataflow = header.get(0).equals("KEY") ? cells.get(0).split("\\.")[0] : cells.get(flow);
            Matcher m = DATAFLOW.matcher(dataflow);
            if (!m.matches()) {
                sink.reject(new Rejection(line, flow + 1, cells.get(flow), "not a dataflow like AGENCY:ID(1.0)"));
                continue;
            }
            String sourceUrl = ctx.options().sourceUrl() != null ? ctx.options().sourceUrl()
                    : "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + dataflow;
            if (sources.add(sourceUrl)) {
                sink.source(new SourceInfo(sourceUrl, "SDMX dataflow " + dataflow, m.group(1)));
            }
            StringBuilder indicator = new StringBuilder(m.group(2));
            for (int d : dims) {
                indicator.append('.').append(code(cells.get(d)));
            }
            String geography;
            if (geo >= 0) {
                String g = code(cells.get(geo)).toUpperCase(Locale.ROOT);
                geography = EurostatReader.EU_GEO.getOrDefault(g, IsoCountries.toAlpha3(g).orElse(g));
            } else {
                geography = ctx.options().geography().toUpperCase(Locale.ROOT);
            }
            Period period;
            try {
                String t = code(cells.get(time));
                Matcher month = SDMX_MONTH.matcher(t);
                period = month.matches()
                        ? Period.month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))
                        : Period.parse(t);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                sink.reject(new Rejection(line, time + 1, cells.get(time), "not a period (2020, 2020-Q3, 2020-07, 2020-07-14)"));
                continue;
            }
            NumberCells.Cell cell = NumberCells.read(cells.get(value), ctx.dialect().decimalComma());
            if (cell instanceof NumberCells.Missing) {
                continue;
            }
            if (cell instanceof NumberCells.Text t) {
                sink.reject(new Rejection(line, value + 1, t.text(), "not a number"));
                continue;
            }
            java.math.BigDecimal v = ((NumberCells.Number) cell).value();
            String unitCode = unit >= 0 && unit < cells.size() ? cells.get(unit) : "";
            if (unitMult < 0 || unitMult >= cells.size() || cells.get(unitMult).isEmpty()) {
                v = v.scaleByPowerOfTen(EurostatUnits.power(unitCode)); // CP_MEUR: millions, unless UNIT_MULT says
            } else {
                try {
                    v = v.scaleByPowerOfTen(Integer.parseInt(cells.get(unitMult)));
                } catch (NumberFormatException e) {
                    sink.reject(new Rejection(line, unitMult + 1, cells.get(unitMult), "UNIT_MULT is not a whole number"));
                    continue;
                }
            }
            String unitText = unitCode.isEmpty() ? "" : EurostatUnits.unit(unitCode);
            String name = title >= 0 && title < cells.size() && !cells.get(title).isEmpty() ? cells.get(title)
                    : indicator.toString();
            String statusCode = status >= 0 && status < cells.size() ? code(cells.get(status)) : "";
            sink.row(new ImportRow(line, indicator.toString(), name, unitText, geography, null, period, v,
                    eurostatFlags ? EurostatReader.status(statusCode) : statusOf(statusCode), sourceUrl));
        }
        if (header == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
        }
    }

    /** A cell of a download "with labels" ({@code A: Annual}) as its code; a plain cell as it is. */
    private static String code(String cell) {
        int colon = cell.indexOf(": ");
        return colon > 0 ? cell.substring(0, colon) : cell;
    }

    /** Eurostat's LAST UPDATE of the first row, as the vintage; a cell that is no date is said, not guessed. */
    private static void vintage(String cell, long line, int column, ReadContext ctx, ImportSink sink) {
        try {
            sink.vintage(java.time.LocalDate.parse(cell, LAST_UPDATE));
        } catch (java.time.format.DateTimeParseException e) {
            sink.note(ctx.fileName() + ", line " + line + ", column " + (column + 1) + ": LAST UPDATE \"" + cell
                    + "\" is not a date like 10/04/24 23:00:00; the import's vintage is used");
        }
    }

    /** SDMX's OBS_STATUS code list: A normal, P provisional, E estimated, F forecast. */
    static ObservationStatus statusOf(String code) {
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "P" -> ObservationStatus.PRELIMINARY;
            case "E" -> ObservationStatus.ESTIMATE;
            case "F" -> ObservationStatus.FORECAST;
            default -> ObservationStatus.OFFICIAL;
        };
    }

    private static List<String> names(List<String> header, List<Integer> dims) {
        return dims.stream().map(header::get).toList();
    }
}
