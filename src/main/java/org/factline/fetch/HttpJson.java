package org.factline.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * GETs a provider's JSON with a timeout, retrying what may pass (a timeout, 429 Too Many Requests, a 5xx) with a
 * doubling pause, and answering everything else as a {@link FetchFailed} that says what went wrong where.
 */
final class HttpJson {

    private final HttpClient client;
    private final Duration timeout;
    private final int attempts;
    private final Duration firstPause;
    /** Numbers are read as the decimals the provider wrote, never through a double. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    HttpJson(Duration timeout, int attempts, Duration firstPause) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.attempts = attempts;
        this.firstPause = firstPause;
    }

    /** The JSON at {@code url}; {@code shown} is the URL as a report may print it (without an API key). */
    JsonNode get(URI url, String shown) {
        Duration pause = firstPause;
        String last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(url).timeout(timeout)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                int status = r.statusCode();
                if (status == 200) {
                    try {
                        return json.readTree(r.body());
                    } catch (IOException e) {
                        throw new FetchFailed(shown + " answered with malformed JSON: " + firstLine(e.getMessage()));
                    }
                }
                last = "HTTP " + status + (status == 429 ? " (too many requests)" : "");
                if (status != 429 && status < 500) {
                    throw new FetchFailed(shown + " answered " + last + ": " + abbreviate(r.body()));
                }
            } catch (HttpTimeoutException e) {
                last = "no answer within " + timeout.toSeconds() + " s";
            } catch (IOException e) {
                last = "cannot connect: " + firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchFailed(shown + ": interrupted");
            }
            if (attempt < attempts) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchFailed(shown + ": interrupted");
                }
                pause = pause.multipliedBy(2);
            }
        }
        throw new FetchFailed(shown + ": " + last + " (tried " + attempts + " times)");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(s);
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return b.length() > 200 ? b.substring(0, 200) + "…" : b;
    }
}
