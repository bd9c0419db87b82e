package org.factline.explore;

import org.factline.problem.InvalidInput;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;
import org.factline.source.SourceKind;

/**
 * A {@link FactQuery} as URL query parameters, both ways, so the explorer's state lives in its URL and the CSV
 * export takes the same filters: {@code geo}, {@code indicator} (comma-separated codes), {@code source} (id),
 * {@code kind} (article, dataset, release), {@code status}, {@code from}, {@code to} (periods), {@code cited=true},
 * {@code q} (text).
 */
public final class FactQueryParams {

    private FactQueryParams() {
    }

    /** Reads the filters; a bad value is an {@link IllegalArgumentException} naming the parameter. */
    public static FactQuery parse(Map<String, List<String>> params) {
        return new FactQuery(codes(one(params, "geo")), codes(one(params, "indicator")), sourceId(one(params, "source")),
                kind(one(params, "kind")), status(one(params, "status")), period(params, "from"), period(params, "to"),
                "true".equalsIgnoreCase(one(params, "cited")), one(params, "q"));
    }

    /** The filters that are set, in a stable order. */
    public static Map<String, String> format(FactQuery q) {
        Map<String, String> p = new LinkedHashMap<>();
        if (!q.geographies().isEmpty()) {
            p.put("geo", String.join(",", q.geographies()));
        }
        if (!q.indicators().isEmpty()) {
            p.put("indicator", String.join(",", q.indicators()));
        }
        if (q.sourceId() != null) {
            p.put("source", q.sourceId().toString());
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

    private static Long sourceId(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new InvalidInput("Parameter 'source' must be a source id, not '" + s + "'");
        }
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
