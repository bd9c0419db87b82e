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
 * SDMX-CSV 1.0: {@code DATAFLOW, <dimensions>, TIME_PERIOD, OBS_VALUE[, <attributes>]}. The geography is the
 * REF_AREA (or GEO) dimension, ISO alpha-2 or alpha-3; the indicator is the dataflow's id plus the other
 * dimensions' values except FREQ ({@code NAMA_10_GDP.CP_MEUR.B1GQ}); OBS_STATUS gives the status and UNIT_MULT
 * the power of ten the value is stated in.
 */
final class SdmxReader implements FormatReader {

    private static final Set<String> GEO_DIMENSIONS = Set.of("REF_AREA", "GEO", "COUNTRY", "GEO_AREA", "LOCATION");
    private static final Pattern DATAFLOW = Pattern.compile("(?:([^:]+):)?([^(]+)(?:\\(([^)]*)\\))?");
    private static final Pattern SDMX_MONTH = Pattern.compile("(\\d{4})-?M(\\d{2})");

    @Override
    public void read(CSVParser parser, ReadContext ctx, ImportSink sink) {
        List<String> header = null;
        int time = -1;
        int value = -1;
        int geo = -1;
        int status = -1;
        int unitMult = -1;
        int unit = -1;
        List<Integer> dims = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        for (CSVRecord r : parser) {
            long line = parser.getCurrentLineNumber();
            List<String> cells = FormatReader.stripped(r);
            if (header == null) {
                header = cells.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
                time = header.indexOf("TIME_PERIOD");
                value = header.indexOf("OBS_VALUE");
                if (!header.get(0).equals("DATAFLOW") || time < 0 || value < 0) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line
                            + ": SDMX-CSV needs the columns DATAFLOW, TIME_PERIOD and OBS_VALUE");
                }
                for (int i = 1; i < time; i++) {
                    if (GEO_DIMENSIONS.contains(header.get(i)) && geo < 0) {
                        geo = i;
                    } else if (!header.get(i).equals("FREQ")) {
                        dims.add(i);
                    }
                }
                if (geo < 0 && ctx.options().geography() == null) {
                    throw new IllegalArgumentException(ctx.fileName() + ", line " + line + ": no REF_AREA or GEO "
                            + "dimension: give the geography on import (--geo=CODE)");
                }
                status = header.indexOf("OBS_STATUS");
                unitMult = header.indexOf("UNIT_MULT");
                unit = header.indexOf("UNIT_MEASURE") >= 0 ? header.indexOf("UNIT_MEASURE") : header.indexOf("UNIT");
                sink.mapping("geography from " + (geo >= 0 ? header.get(geo) : ctx.options().geography()) + ", period "
                        + "from TIME_PERIOD, value from OBS_VALUE, indicator from DATAFLOW + " + names(header, dims)
                        + (status >= 0 ? ", status from OBS_STATUS" : "") + (unitMult >= 0 ? ", scale from UNIT_MULT" : ""));
                continue;
            }
            if (cells.size() <= Math.max(time, value)) {
                sink.reject(new Rejection(line, null, null, "expected at least " + (Math.max(time, value) + 1)
                        + " columns, found " + cells.size()));
                continue;
            }
            Matcher flow = DATAFLOW.matcher(cells.get(0));
            if (!flow.matches()) {
                sink.reject(new Rejection(line, 1, cells.get(0), "not a dataflow like AGENCY:ID(1.0)"));
                continue;
            }
            String sourceUrl = ctx.options().sourceUrl() != null ? ctx.options().sourceUrl()
                    : "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + cells.get(0);
            if (sources.add(sourceUrl)) {
                sink.source(new SourceInfo(sourceUrl, "SDMX dataflow " + cells.get(0), flow.group(1)));
            }
            StringBuilder indicator = new StringBuilder(flow.group(2));
            for (int d : dims) {
                indicator.append('.').append(cells.get(d));
            }
            String geography = geo >= 0 ? IsoCountries.toAlpha3(cells.get(geo)).orElse(cells.get(geo).toUpperCase(Locale.ROOT))
                    : ctx.options().geography().toUpperCase(Locale.ROOT);
            Period period;
            try {
                Matcher m = SDMX_MONTH.matcher(cells.get(time));
                period = m.matches() ? Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                        : Period.parse(cells.get(time));
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
            sink.row(new ImportRow(line, indicator.toString(), indicator.toString(), unitText, geography, null, period,
                    v, statusOf(status >= 0 && status < cells.size() ? cells.get(status) : ""), sourceUrl));
        }
        if (header == null) {
            throw new IllegalArgumentException(ctx.fileName() + ": the file is empty");
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
