package org.factline.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.factline.explore.ExploreService;
import org.factline.explore.GeographyRow;
import org.factline.measure.FigureFormat;

/** A geography ({@code /geographies/KGZ}): every indicator with data there, its latest value and citations. */
@AnonymousAllowed
@Route("geographies/:code")
public class GeographyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph meta = new Paragraph();
    final Grid<GeographyRow> grid = new Grid<>();
    private final ExploreService explore;
    private String code;
    private String pageTitle = "Geography · Factline";

    public GeographyView(ExploreService explore) {
        this.explore = explore;
        setWidthFull();
        meta.addClassName("lead");
        grid.addColumn(GeographyRow::indicatorName).setHeader("Indicator").setKey("indicator").setFlexGrow(3);
        grid.addColumn(r -> r.latestValue() == null ? "no official data" : FigureFormat.format(r.latestValue(), r.unit()))
                .setHeader("Latest official").setKey("latest").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.latestPeriod() == null ? "" : r.latestPeriod().toString()).setHeader("Period")
                .setKey("period").setAutoWidth(true).setFlexGrow(0);
        // The numbers keep to their width, so that the indicator's name has the rest of the row.
        grid.addColumn(r -> FigureFormat.count(r.observations())).setHeader("Observations").setKey("observations")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> FigureFormat.count(r.citations())).setHeader("Citations").setKey("citations")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("indicators/" + e.getItem().indicatorCode(),
                QueryParameters.of("geo", code)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        code = event.getRouteParameters().get("code").orElse("").toUpperCase(Locale.ROOT);
        var page = explore.geography(code);
        if (page.isEmpty()) {
            pageTitle = "Unknown geography · Factline";
            title.setText("No geography \u201c" + code + "\u201d");
            Paragraph hint = new Paragraph("Use an ISO 3166 alpha-3 code such as KGZ, a World Bank aggregate such as "
                    + "WLD, or a bloc such as EAEU.");
            hint.addClassName("empty-state");
            add(title, hint, new Anchor("", "Go to the overview"));
            return;
        }
        var g = page.get().geography();
        pageTitle = g.name() + " · Factline";
        title.setText(g.name());
        StringBuilder m = new StringBuilder(g.code()).append(" · ").append(g.kind().name().toLowerCase(Locale.ROOT));
        if (g.region() != null) {
            m.append(" · ").append(g.region());
        }
        if (g.incomeGroup() != null) {
            m.append(" · ").append(g.incomeGroup());
        }
        meta.setText(m.toString());
        grid.setItems(page.get().rows());
        add(title, meta, grid);
        if (page.get().rows().isEmpty()) {
            Paragraph none = new Paragraph("No data for " + g.name() + " yet. Import a file that covers it.");
            none.addClassName("empty-state");
            add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
