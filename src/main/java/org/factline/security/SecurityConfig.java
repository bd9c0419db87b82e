package org.factline.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.DispatcherType;
import org.factline.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Readers browse anonymously: every page marked {@code @AnonymousAllowed} and every GET of the API. Changing
 * anything takes an editor: the Vaadin pages log in at {@code /login}; REST clients send HTTP Basic credentials.
 * The actuator's metrics are for admins. Repeated failed sign-ins slow down and lock ({@link SignInGuard}): HTTP
 * Basic clients are then told so with 429 and {@code Retry-After} ({@link TooManyAttempts}).
 * Cross-site requests to the API are refused ({@link SameSiteApiFilter}).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication // the command-line subcommands start no web server
class SecurityConfig extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                // The error page a 401 or 404 is rendered by must not itself ask for a login.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                // Extraction reads a text and changes nothing.
                .requestMatchers(HttpMethod.POST, "/api/extract").permitAll()
                .requestMatchers("/api/**").hasRole(Role.EDITOR.name())
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name()));
        http.httpBasic(b -> b.authenticationEntryPoint(new TooManyAttempts(basicChallenge())));
        // The indicator chart is an SVG document in an <object>, which X-Frame-Options governs: allow our own pages.
        http.headers(h -> h.frameOptions(f -> f.sameOrigin()));
        // REST clients carry no CSRF token; the API is guarded by SameSiteApiFilter instead.
        http.csrf(c -> c.ignoringRequestMatchers("/api/**", "/actuator/**"));
        http.addFilterBefore(new SameSiteApiFilter(), BasicAuthenticationFilter.class);
        // Pages send an anonymous reader to the sign-in page; the API and actuator answer 401 with a Basic challenge.
        BasicAuthenticationEntryPoint basic = basicChallenge();
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new TooManyAttempts(basic), api));
        super.configure(http);
        setLoginView(http, LoginView.class);
    }

    private static BasicAuthenticationEntryPoint basicChallenge() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Factline");
        return basic;
    }
}
