package org.factline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an HTTP Basic attempt the {@link SignInGuard} refused with {@code 429 Too Many Requests}, its reason and
 * {@code Retry-After}, instead of a challenge to try again at once; any other failure gets the usual challenge.
 */
class TooManyAttempts implements AuthenticationEntryPoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AuthenticationEntryPoint challenge;

    TooManyAttempts(AuthenticationEntryPoint challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!(e instanceof SignInRefused refused)) {
            challenge.commence(request, response, e);
            return;
        }
        long seconds = refused.retryAfterSeconds();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", 429);
        problem.put("title", "Too Many Requests");
        problem.put("detail", e.getMessage());
        problem.put("retryAfterSeconds", seconds);
        JSON.writeValue(response.getWriter(), problem);
    }
}
