package org.factline.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;

/** The frame around every page: the title bar and a side navigation built from the views' {@code @Menu} entries. */
@Layout
public final class MainLayout extends AppLayout {

    public MainLayout() {
        Span brand = new Span("Factline");
        brand.addClassName("factline-brand");
        Span tagline = new Span("economic indicators and the figures articles cite");
        tagline.addClassName("factline-tagline");
        addToNavbar(new DrawerToggle(), brand, tagline);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }
}
