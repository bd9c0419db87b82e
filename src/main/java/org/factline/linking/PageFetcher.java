package org.factline.linking;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.problem.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a news page for the intake when only its URL is sent: one GET with a timeout, redirects followed, at most
 * {@link #MAX_BYTES}, an HTML answer only; every failure is an {@link InvalidInput} that names the URL and what went
 * wrong, and nothing is stored.
 */
@Component
public class PageFetcher {

    /** The largest page read: a news page is a few hundred kilobytes. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private final HttpClient client;
    private final Duration timeout;

    PageFetcher(@Value("${factline.articles.fetch-timeout:15s}") Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The article at the URL, read from its page as {@code "html"} would be. */
    public ArticleIntake.Incoming fetch(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInput("'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidInput("'" + url + "' is not an http or https URL: send the article's \"text\" or "
                    + "\"html\" instead");
        }
        try {
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "text/html,application/xhtml+xml").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                if (r.statusCode() != 200) {
                    throw new InvalidInput(url + " answered HTTP " + r.statusCode() + ": nothing was stored");
                }
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (!type.isEmpty() && !type.toLowerCase(Locale.ROOT).contains("html")) {
                    throw new InvalidInput(url + " is not an HTML page (" + type + "): send its \"text\" instead");
                }
                byte[] page = body.readNBytes(MAX_BYTES + 1);
                if (page.length > MAX_BYTES) {
                    throw new InvalidInput(url + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB: send its "
                            + "\"text\" instead");
                }
                Matcher charset = CHARSET.matcher(type);
                return ArticlePage.read(page, charset.find() ? charset.group(1) : null, r.uri().toString());
            }
        } catch (HttpTimeoutException e) {
            throw new InvalidInput(url + " did not answer within " + timeout.toSeconds() + " s: nothing was stored");
        } catch (IOException e) {
            throw new InvalidInput("Cannot fetch " + url + ": " + (e.getMessage() == null ? e.toString()
                    : e.getMessage().lines().findFirst().orElse("")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInput("Fetching " + url + " was interrupted");
        }
    }
}
