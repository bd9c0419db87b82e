package org.factline.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Links that carry a page's state: query strings in the order the parameters were given, so URLs are stable. */
public final class Links {

    private Links() {
    }

    /** {@code path?name=value&...}, values URL-encoded; just {@code path} when there are no parameters. */
    public static String withQuery(String path, Map<String, String> params) {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?" + params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("%2C", ","))
                .collect(Collectors.joining("&"));
    }
}
