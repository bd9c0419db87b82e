package org.factline.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factline.problem.InvalidInput;

/**
 * Normalises a source URL so one article or dataset has one spelling: scheme and host in lower case, no
 * default port, no fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), no
 * trailing slash. Datasets without a web address are named by a URN ({@code urn:sdmx:...}, {@code urn:sha256:...}).
 */
final class SourceUrls {

    private SourceUrls() {
    }

    public static String normalise(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput("A source URL is required");
        }
        String trimmed = url.strip();
        if (trimmed.regionMatches(true, 0, "urn:", 0, 4)) {
            // A dataset with no web address: an SDMX dataflow URN, or a file's content hash.
            if (trimmed.length() < 6 || trimmed.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidInput("'" + url + "' is not a valid URN");
            }
            return "urn:" + trimmed.substring(4);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInput("'" + url + "' is not a valid URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new InvalidInput("'" + url + "' is not an http(s) URL with a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> {
                    String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    return !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid");
                })
                .collect(Collectors.joining("&"));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
