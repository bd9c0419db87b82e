package org.factline.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every page: the title bar and a side navigation built from the views' {@code @Menu} entries. */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        Span brand = new Span("Factline");
        brand.addClassName("factline-brand");
        Span tagline = new Span("economic indicators and the figures articles cite");
        tagline.addClassName("factline-tagline");
        addToNavbar(new DrawerToggle(), brand, tagline);
        Span spacer = new Span();
        spacer.getStyle().set("flex", "1");
        HorizontalLayout account = new HorizontalLayout();
        account.addClassName("factline-account");
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        if (auth.isAuthenticated()) {
            Span who = new Span(auth.getPrincipalName().orElse(""));
            who.addClassName("factline-user");
            Button signOut = new Button("Sign out", e -> auth.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            account.add(who, signOut);
        } else {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.getElement().setAttribute("router-ignore", true);
            account.add(signIn);
        }
        addToNavbar(spacer, account);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }
}
