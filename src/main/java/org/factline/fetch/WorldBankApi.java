package org.factline.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The World Bank's API v2 ({@code /v2/country/all/indicator/CODE?format=json}), every page of it, written as the
 * World Bank's own bulk-download layout (preamble with the Last Updated Date, one row per economy, one column per
 * year) so that it is imported exactly as a downloaded file is. Economies without an ISO alpha-3 code are left out.
 */
final class WorldBankApi {

    private static final int PER_PAGE = 20_000;

    private final HttpJson http;
    private final String base;

    WorldBankApi(HttpJson http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** What one indicator's pages held. */
    record Fetched(String code, String name, LocalDate lastUpdated, int values, int pages) {
    }

    /** Fetches every page of an indicator into {@code out} in the WDI layout. */
    Fetched fetch(String code, Path out) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<Integer, BigDecimal>> values = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        String name = code;
        LocalDate updated = null;
        int pages = 1;
        int count = 0;
        for (int page = 1; page <= pages; page++) {
            String path = "/v2/country/all/indicator/" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                    + "?format=json&per_page=" + PER_PAGE + "&page=" + page;
            JsonNode answer = http.get(URI.create(base + path), "World Bank API " + path);
            JsonNode meta = answer.path(0);
            if (meta.has("message")) {
                JsonNode m = meta.path("message").path(0);
                throw new FetchFailed("World Bank API: indicator " + code + ": " + m.path("key").asText() + ": "
                        + m.path("value").asText());
            }
            if (!answer.isArray() || !meta.has("pages") || !answer.path(1).isArray() && meta.path("total").asInt() > 0) {
                throw new FetchFailed("World Bank API " + path + ": not the answer the API documents (an array of "
                        + "paging metadata and observations)");
            }
            pages = meta.path("pages").asInt(1);
            if (meta.hasNonNull("lastupdated")) {
                try {
                    updated = LocalDate.parse(meta.path("lastupdated").asText());
                } catch (DateTimeParseException e) {
                    throw new FetchFailed("World Bank API " + path + ": lastupdated is \""
                            + meta.path("lastupdated").asText() + "\", not a date");
                }
            }
            for (JsonNode o : answer.path(1)) {
                String iso3 = o.path("countryiso3code").asText("");
                JsonNode v = o.path("value");
                name = o.path("indicator").path("value").asText(name);
                if (iso3.isEmpty() || v.isNull() || v.isMissingNode()) {
                    continue;
                }
                String date = o.path("date").asText("");
                if (!date.matches("\\d{4}")) {
                    throw new FetchFailed("World Bank API: indicator " + code + " has the period \"" + date
                            + "\": only annual series are read");
                }
                int year = Integer.parseInt(date);
                names.putIfAbsent(iso3, o.path("country").path("value").asText(iso3));
                values.computeIfAbsent(iso3, k -> new TreeMap<>()).put(year, v.decimalValue());
                years.add(year);
                count++;
            }
        }
        write(out, code, name, updated, names, values, years);
        return new Fetched(code, name, updated, count, pages);
    }

    private static void write(Path out, String code, String name, LocalDate updated, Map<String, String> names,
                              Map<String, Map<Integer, BigDecimal>> values, TreeSet<Integer> years) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("\"Data Source\",\"World Development Indicators\",\n\n");
            if (updated != null) {
                w.write("\"Last Updated Date\",\"" + updated + "\",\n\n");
            }
            w.write("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
            for (int y : years) {
                w.write(",\"" + y + "\"");
            }
            w.write("\n");
            for (Map.Entry<String, Map<Integer, BigDecimal>> e : values.entrySet()) {
                w.write(quoted(names.get(e.getKey())) + "," + quoted(e.getKey()) + "," + quoted(name) + ","
                        + quoted(code));
                for (int y : years) {
                    BigDecimal v = e.getValue().get(y);
                    w.write("," + (v == null ? "" : quoted(v.toPlainString())));
                }
                w.write("\n");
            }
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
