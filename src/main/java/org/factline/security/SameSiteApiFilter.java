package org.factline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests that change data when a browser says they come from another site: {@code Sec-Fetch-Site:
 * cross-site}, or an {@code Origin} whose host is not this server's. Command-line clients send neither and pass;
 * a page elsewhere cannot use a browser's remembered credentials against the API.
 */
final class SameSiteApiFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String m = request.getMethod();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || "GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site")) || foreignOrigin(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"Cross-site requests may "
                    + "not change data\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean foreignOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            return o.getHost() == null || !o.getHost().equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
