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
 * Fetches a news page for the intake when only its URL is sent: one GET with a timeout, up to five redirects, at
 * most {@link #MAX_BYTES}, an HTML answer only; every failure is an {@link InvalidInput} that names the URL and what
 * went wrong, and nothing is stored. Public pages only: a URL, or a redirect, to a loopback, private or link-local
 * address is refused (so an editor's URL cannot reach the server's own network), unless
 * {@code factline.articles.fetch-private-addresses} allows it.
 */
@Component
public class PageFetcher {

    /** The largest page read: a news page is a few hundred kilobytes. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration timeout;
    private final boolean privateAddresses;

    PageFetcher(@Value("${factline.articles.fetch-timeout:15s}") Duration timeout,
                @Value("${factline.articles.fetch-private-addresses:false}") boolean privateAddresses) {
        this.timeout = timeout;
        this.privateAddresses = privateAddresses;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Refuses a host that is, or resolves to, an address of the server's own machine or network. */
    private void checkPublic(URI uri, String url) {
        if (privateAddresses) {
            return;
        }
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(uri.getHost())) {
                boolean uniqueLocal = a instanceof java.net.Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                        || a.isAnyLocalAddress() || a.isMulticastAddress() || uniqueLocal) {
                    throw new InvalidInput(url + " is a local or private address: Factline fetches public pages only");
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new InvalidInput("Cannot fetch " + url + ": unknown host " + uri.getHost());
        }
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
            for (int hop = 0; ; hop++) {
                checkPublic(uri, url);
                HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", "text/html,application/xhtml+xml").GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = r.body()) {
                    int status = r.statusCode();
                    java.util.Optional<String> location = r.headers().firstValue("Location");
                    if (status >= 300 && status < 400 && location.isPresent()) {
                        if (hop == MAX_REDIRECTS) {
                            throw new InvalidInput(url + " redirects more than " + MAX_REDIRECTS + " times");
                        }
                        uri = uri.resolve(location.get());
                        continue;
                    }
                    if (status != 200) {
                        throw new InvalidInput(url + " answered HTTP " + status + ": nothing was stored");
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
                    return ArticlePage.read(page, charset.find() ? charset.group(1) : null, uri.toString());
                }
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
