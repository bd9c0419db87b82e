package org.factline.explore;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.measure.Period;
import org.factline.observation.FactSort;
import org.factline.observation.ObservationStatus;
import org.factline.problem.InvalidInput;
import org.factline.source.SourceKind;

/**
 * A {@link FactQuery} as URL query parameters, both ways, the same for the Facts page's URL, {@code /api/facts} and
 * {@code /api/facts.csv}:
 * <ul>
 * <li>{@code geo}, {@code indicator}: comma-separated codes;</li>
 * <li>{@code source}: a source's id or URL; {@code kind}: article, dataset or release;</li>
 * <li>{@code status}: official, preliminary, estimate, forecast, requested or rule;</li>
 * <li>{@code from}, {@code to}: periods (2000, 2020-Q3, 2020-07, 2020-07-14), both included;</li>
 * <li>{@code cited=true}: cited figures only; {@code q}: text in indicator codes and names and source titles;</li>
 * <li>{@code sort}: period (the default), value, indicator, geography or vintage; {@code desc=false} for ascending;</li>
 * <li>{@code offset}, {@code limit}: the page (limit 1 to 10,000, by default 1,000; the CSV has every row).</li>
 * </ul>
 */
public final class FactQueryParams {

    private FactQueryParams() {
    }

    /** Reads the query; a bad value is {@link InvalidInput} naming the parameter and the value. */
    public static FactQuery parse(Map<String, List<String>> params) {
        return new FactQuery(codes(one(params, "geo")), codes(one(params, "indicator")), one(params, "source"),
                kind(one(params, "kind")), status(one(params, "status")), period(params, "from"), period(params, "to"),
                "true".equalsIgnoreCase(one(params, "cited")), one(params, "q"), sort(one(params, "sort")),
                !"false".equalsIgnoreCase(one(params, "desc")), number(params, "offset", 0),
                number(params, "limit", FactQuery.DEFAULT_LIMIT));
    }

    /** The filters and order that differ from the defaults, in a stable order (the page is left out). */
    public static Map<String, String> format(FactQuery q) {
        Map<String, String> p = new LinkedHashMap<>();
        if (!q.geographies().isEmpty()) {
            p.put("geo", String.join(",", q.geographies()));
        }
        if (!q.indicators().isEmpty()) {
            p.put("indicator", String.join(",", q.indicators()));
        }
        if (q.source() != null) {
            p.put("source", q.source());
        }
        if (q.sourceKind() != null) {
            p.put("kind", q.sourceKind().name().toLowerCase(Locale.ROOT));
        }
        if (q.status() != null) {
            p.put("status", q.status().label());
        }
        if (q.from() != null) {
            p.put("from", q.from().toString());
        }
        if (q.to() != null) {
            p.put("to", q.to().toString());
        }
        if (q.citedOnly()) {
            p.put("cited", "true");
        }
        if (q.text() != null) {
            p.put("q", q.text());
        }
        if (q.sort() != FactSort.PERIOD) {
            p.put("sort", q.sort().name().toLowerCase(Locale.ROOT));
        }
        if (!q.descending()) {
            p.put("desc", "false");
        }
        return p;
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static List<String> codes(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static SourceKind kind(String s) {
        if (s == null) {
            return null;
        }
        try {
            return SourceKind.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Parameter 'kind' must be article, dataset or release, not '" + s + "'");
        }
    }

    private static ObservationStatus status(String s) {
        return s == null ? null : ObservationStatus.parse(s);
    }

    private static FactSort sort(String s) {
        if (s == null) {
            return FactSort.PERIOD;
        }
        try {
            return FactSort.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Parameter 'sort' must be period, value, indicator, geography or vintage, not '"
                    + s + "'");
        }
    }

    private static int number(Map<String, List<String>> params, String name, int otherwise) {
        String s = one(params, name);
        if (s == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new InvalidInput("Parameter '" + name + "' must be a whole number, not '" + s + "'");
        }
    }

    private static Period period(Map<String, List<String>> params, String name) {
        String s = one(params, name);
        if (s == null) {
            return null;
        }
        try {
            return Period.parse(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Parameter '" + name + "': " + e.getMessage(), e);
        }
    }
}
