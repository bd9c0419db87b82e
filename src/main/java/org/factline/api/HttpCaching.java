package org.factline.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.factline.revision.DataVersion;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conditional {@code GET}s of the API and the charts: every answer carries an {@code ETag} derived from the data's
 * version ({@link DataVersion}, shared by every instance) and {@code Cache-Control: no-cache} (keep it, but ask
 * again); a request whose {@code If-None-Match} names the current version is answered {@code 304 Not Modified}
 * before any work is done. Left out: the imports API (a job's progress changes without a commit) and the articles
 * API (an article's candidates come from the matcher's index of the catalog, which is rebuilt on its own clock).
 */
@Configuration
class HttpCaching implements HandlerInterceptor, WebMvcConfigurer {

    private final DataVersion version;

    HttpCaching(DataVersion version) {
        this.version = version;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").excludePathPatterns("/api/imports/**",
                "/api/imports", "/api/articles/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String etag = "\"v" + version.current() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && matches(asked, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return false;
        }
        return true;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
