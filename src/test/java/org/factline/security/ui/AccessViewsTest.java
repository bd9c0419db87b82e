package org.factline.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.factline.dashboard.ui.OverviewView;
import org.factline.importer.ui.ImportsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/** Who may open which page, with Karibu-Testing: readers browse, editors import, admins manage accounts. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AccessViewsTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void setUpVaadin() {
        KaribuViews.setUp(ctx);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuViews.tearDown();
    }

    @Test
    void anonymousReadersBrowseButAreSentToSignInForImports() {
        UI.getCurrent().navigate("");
        _get(OverviewView.class);
        UI.getCurrent().navigate("imports");
        _assertNone(ImportsView.class);
        _get(LoginView.class);
    }

    @Test
    void editorsImportButDoNotManageAccounts() {
        KaribuViews.login("editor", "EDITOR");
        UI.getCurrent().navigate("imports");
        _get(ImportsView.class);
        UI.getCurrent().navigate("accounts");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(AccountsView.class::isInstance);
    }

    @Test
    void anAdminIsAlsoAnEditorThroughTheRoleHierarchy() {
        KaribuViews.login("admin", "ADMIN");
        UI.getCurrent().navigate("imports");
        _get(ImportsView.class);
        long id = ctx.getBean(org.factline.linking.LinkingService.class).createArticle(new org.factline.source.NewSource(
                org.factline.source.SourceKind.ARTICLE, "https://example.org/by-an-admin", "Entered by an admin",
                null, null, null, null, null));
        assertThat(id).isPositive();
    }

    @Test
    void adminsCreateEditorAccountsWithBcryptPasswords() {
        KaribuViews.login("admin", "ADMIN");
        UI.getCurrent().navigate("accounts");
        AccountsView view = _get(AccountsView.class);
        view.username.setValue("reporter");
        view.password.setValue("short");
        ButtonKt._click(view.create);
        assertThat(view.message.getText()).isEqualTo("A password has at least 12 characters");

        view.password.setValue("a long enough password");
        ButtonKt._click(view.create);
        assertThat(view.message.getText()).isEqualTo("Created reporter");
        int row = GridKt._size(view.grid) - 1;
        assertThat(GridKt._getFormattedRow(view.grid, row)).startsWith("reporter", "editor", "enabled");
        String hash = jdbc.sql("select password_hash from account where username = 'reporter'").query(String.class)
                .single();
        assertThat(hash).startsWith("$2a$").doesNotContain("a long enough password");
        assertThat(passwords.matches("a long enough password", hash)).isTrue();

        view.password.setValue("another long password");
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        ButtonKt._click((Button) actions.getComponentAt(1));
        assertThat(view.message.getText()).isEqualTo("Set a new password for reporter");
        String changed = jdbc.sql("select password_hash from account where username = 'reporter'")
                .query(String.class).single();
        assertThat(passwords.matches("another long password", changed)).isTrue();

        actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        ButtonKt._click((Button) actions.getComponentAt(0));
        assertThat(GridKt._getFormattedRow(view.grid, row).get(2)).isEqualTo("disabled");
    }

    @Test
    void anAdminSeesFailedSignInsAndUnlocksThem() {
        org.factline.security.SignInGuard guard = ctx.getBean(org.factline.security.SignInGuard.class);
        for (int i = 0; i < 3; i++) {
            guard.failed("mallory", "198.51.100.23");
        }
        KaribuViews.login("admin", "ADMIN");
        UI.getCurrent().navigate("accounts");
        AccountsView view = _get(AccountsView.class);
        assertThat(view.blocks.isVisible()).isTrue();
        java.util.List<java.util.List<String>> rows = KaribuViews.rows(view.blocks, 50);
        int row = rows.stream().map(r -> r.get(1)).toList().indexOf("mallory");
        assertThat(rows.get(row)).startsWith("account", "mallory", "3").contains("slowed down");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("address", "198.51.100.23", "3"));
        ButtonKt._click((Button) GridKt._getCellComponent(view.blocks, row, "unlock"));
        assertThat(view.message.getText()).isEqualTo("Unlocked mallory");
        assertThat(KaribuViews.rows(view.blocks, 50)).noneMatch(r -> r.get(1).equals("mallory"));
        assertThat(jdbc.sql("select count(*) from sign_in_guard where subject = 'mallory'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theSignInPageSaysWhySigningInIsPaused() {
        // Spring Security's sign-in filter keeps the last failure in the session, then sends the browser here.
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION,
                org.factline.security.SignInGuardTest.refused("Too many failed sign-ins as eve: wait 4 s before trying "
                        + "again"));
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        LoginView view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Signing in is paused");
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("Too many failed sign-ins as eve: wait 4 s before trying again");

        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        view = _get(LoginView.class);
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
    }
}
