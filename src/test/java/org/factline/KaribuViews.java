package org.factline;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Karibu-Testing on the Spring context: the app's routes, discovered once, and a mocked UI per test. */
public final class KaribuViews {

    private static Routes routes;
    private static org.springframework.security.access.hierarchicalroles.RoleHierarchy roles;

    private KaribuViews() {
    }

    /** A fresh mocked UI with the application's views and Spring beans. */
    public static void setUp(ApplicationContext ctx) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.factline");
        }
        roles = ctx.getBean(org.springframework.security.access.hierarchicalroles.RoleHierarchy.class);
        // Each Spring context installs its own security-context strategy globally: use this test's context's, so that
        // its method security sees whom login() signs in, whatever context started last.
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs a user in for the rest of the test, as Spring Security's filter would: in the security context (for
     * services' method security and Vaadin's AuthenticationContext) and on the mocked request (for route access).
     * The roles are granted with all they imply by the app's role hierarchy, as in {@code AccountService}.
     */
    public static void login(String username, String... roles) {
        List<SimpleGrantedAuthority> given = new ArrayList<>();
        for (String r : roles) {
            given.add(new SimpleGrantedAuthority("ROLE_" + r));
        }
        List<org.springframework.security.core.GrantedAuthority> authorities =
                List.copyOf(KaribuViews.roles.getReachableGrantedAuthorities(given));
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername(username).password("n/a").authorities(authorities).build(), null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> authorities.contains(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    /**
     * The first {@code max} rows of a grid as its cells format them. It reads row by row until there is none,
     * so it also serves the lazy grids that never count their rows.
     */
    public static List<List<String>> rows(Grid<?> grid, int max) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            try {
                rows.add(GridKt._getFormattedRow(grid, i));
            } catch (RuntimeException | AssertionError end) {
                break;
            }
        }
        return rows;
    }
}
