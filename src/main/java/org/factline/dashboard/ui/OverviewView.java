package org.factline.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.factline.dashboard.DashboardService;
import org.factline.dashboard.SeriesSummary;
import org.factline.measure.FigureFormat;

/** The tracked series: latest official value and how often articles cite each; the most cited first. */
@Route("")
@PageTitle("Overview · Factline")
@Menu(order = 0, title = "Overview")
public class OverviewView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<SeriesSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final DashboardService dashboard;

    public OverviewView(DashboardService dashboard) {
        this.dashboard = dashboard;
        setSizeFull();
        addClassName("overview");

        H2 title = new H2("Tracked series");
        Paragraph intro = new Paragraph("Each official series with its latest value, and the figures news articles "
                + "cite about it. Open a series to compare the cited figures with the official data.");
        intro.addClassName("lead");

        search.setPlaceholder("Filter by indicator or geography, e.g. GDP or Kyrgyz");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 32rem)");
        search.setAriaLabel("Filter series");
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(SeriesSummary::indicatorName).setHeader("Indicator").setFlexGrow(3).setSortable(true)
                .setKey("indicator");
        grid.addColumn(SeriesSummary::geographyName).setHeader("Geography").setFlexGrow(2).setSortable(true)
                .setKey("geography");
        grid.addColumn(s -> FigureFormat.format(s.latestValue(), s.unit())).setHeader("Latest official")
                .setTextAlign(ColumnTextAlign.END).setKey("latest");
        grid.addColumn(s -> s.latestPeriod() == null ? "no official data" : s.latestPeriod().toString())
                .setHeader("Period").setKey("period");
        grid.addColumn(SeriesSummary::citations).setHeader("Citations").setTextAlign(ColumnTextAlign.END)
                .setSortable(true).setKey("citations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem()));

        empty.addClassName("empty-state");
        empty.setVisible(false);

        add(title, intro, search, empty, grid);
        refresh();
    }

    private void refresh() {
        List<SeriesSummary> series = dashboard.series(search.getValue());
        grid.setItems(series);
        boolean none = series.isEmpty();
        empty.setVisible(none);
        grid.setVisible(!none);
        empty.setText(search.isEmpty()
                ? "No series yet. Import a CSV file of official data, or add an article and link its figures."
                : "No series matches \u201c" + search.getValue() + "\u201d. Try an indicator name such as GDP, "
                + "a country name or a code such as KGZ.");
    }

    private void open(SeriesSummary s) {
        getUI().ifPresent(ui -> ui.navigate(IndicatorView.class, new RouteParameters("code", s.indicatorCode()),
                QueryParameters.of("geo", s.geographyCode())));
    }
}
