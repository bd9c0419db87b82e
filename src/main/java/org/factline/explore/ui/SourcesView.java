package org.factline.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.factline.explore.ExploreService;
import org.factline.explore.SourceSummary;
import org.factline.linking.LinkingService;
import org.factline.measure.FigureFormat;

/** All articles and datasets, with how many facts each gives and how many figures it cites. */
@AnonymousAllowed
@Route("sources")
@PageTitle("Sources · Factline")
@Menu(order = 3, title = "Sources")
public class SourcesView extends VerticalLayout {

    final Grid<SourceSummary> grid = new Grid<>();

    final Button newArticle = new Button("New article");

    public SourcesView(ExploreService explore, LinkingService linking, AuthenticationContext auth) {
        setSizeFull();
        Paragraph intro = new Paragraph("Every dataset and article Factline has figures from. Open an article to see "
                + "each figure it cites beside the official value.");
        intro.addClassName("lead");
        // Kind, dates and counts keep to their width, so that titles (which tell datasets apart) have the rest.
        grid.addColumn(s -> s.kind().name().toLowerCase(Locale.ROOT)).setHeader("Kind").setKey("kind")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SourceSummary::title).setHeader("Title").setKey("title").setFlexGrow(4)
                .setTooltipGenerator(SourceSummary::title);
        grid.addColumn(s -> s.publisher() == null ? "" : s.publisher()).setHeader("Publisher").setKey("publisher")
                .setFlexGrow(2);
        grid.addColumn(s -> s.published() == null ? "" : s.published().toString()).setHeader("Published / vintage")
                .setKey("published").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> FigureFormat.count(s.facts())).setHeader("Facts").setKey("facts")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> FigureFormat.count(s.citations())).setHeader("Citations").setKey("citations")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(explore.sources());
        grid.setSizeFull();
        grid.addItemClickListener(e -> UI.getCurrent().navigate("sources/" + e.getItem().id()));
        newArticle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newArticle.addClickListener(e -> new ArticleForm(null, linking::createArticle,
                id -> UI.getCurrent().navigate("sources/" + id)).open());
        newArticle.setVisible(auth.hasRole("EDITOR"));
        add(new H2("Sources"), intro, newArticle, grid);
    }
}
