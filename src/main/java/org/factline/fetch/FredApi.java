package org.factline.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * FRED's API ({@code /fred/series} for the title, units, frequency and last update; {@code /fred/series/observations}
 * for the values), written as FRED's own CSV download ({@code observation_date,SERIES}, "." for missing) so that it
 * is imported exactly as a downloaded file is. The API key comes from {@code FACTLINE_FRED_API_KEY} and never
 * appears in a report.
 */
final class FredApi {

    private final HttpJson http;
    private final String base;
    private final String key;

    FredApi(HttpJson http, String base, String key) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.key = key;
    }

    /** A series as FRED describes it. */
    record Series(String id, String title, String units, String frequency, LocalDate lastUpdated, int values) {
    }

    Series fetch(String id, Path out) throws IOException {
        if (key == null || key.isBlank()) {
            throw new FetchFailed("FRED needs an API key: set FACTLINE_FRED_API_KEY (free at FRED's site)");
        }
        String q = "?series_id=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&file_type=json";
        String auth = "&api_key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        JsonNode meta = http.get(URI.create(base + "/fred/series" + q + auth), "FRED API /fred/series" + q);
        JsonNode s = meta.path("seriess").path(0);
        if (s.isMissingNode()) {
            throw new FetchFailed("FRED API: no series " + id + (meta.has("error_message") ? ": "
                    + meta.path("error_message").asText() : ""));
        }
        LocalDate updated;
        try {
            updated = LocalDate.parse(s.path("last_updated").asText("").substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new FetchFailed("FRED API: series " + id + " has last_updated \"" + s.path("last_updated").asText()
                    + "\", not a date");
        }
        JsonNode obs = http.get(URI.create(base + "/fred/series/observations" + q + auth),
                "FRED API /fred/series/observations" + q);
        if (!obs.path("observations").isArray()) {
            throw new FetchFailed("FRED API /fred/series/observations" + q + ": no \"observations\" array");
        }
        int count = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("observation_date," + id + "\n");
            for (JsonNode o : obs.path("observations")) {
                w.write(o.path("date").asText() + "," + o.path("value").asText(".") + "\n");
                count++;
            }
        }
        return new Series(s.path("id").asText(id), s.path("title").asText(id), s.path("units").asText(""),
                s.path("frequency_short").asText("A"), updated, count);
    }
}
