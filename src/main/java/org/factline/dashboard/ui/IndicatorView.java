package org.factline.dashboard.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factline.chart.TimeSeriesChart;
import org.factline.dashboard.DashboardService;
import org.factline.dashboard.SeriesPage;
import org.factline.dashboard.SeriesRow;
import org.factline.geography.Geography;
import org.factline.measure.FigureFormat;
import org.factline.measure.Units;
import org.factline.observation.ObservationStatus;
import org.factline.source.Source;

/**
 * One indicator for one or more geographies ({@code /indicators/NY.GDP.MKTP.KD.ZG?geo=KGZ,RUS}): the official
 * lines with the article-cited figures as markers, and every observation in a table.
 */
@Route("indicators/:code")
public class IndicatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String LATEST = "latest";
    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 440;

    final H2 title = new H2();
    final Paragraph description = new Paragraph();
    final MultiSelectComboBox<Geography> geographies = new MultiSelectComboBox<>("Geographies");
    final Select<String> vintage = new Select<>();
    final Div chartBox = new Div();
    final Grid<SeriesRow> grid = new Grid<>();
    final Paragraph notFound = new Paragraph();
    private final DashboardService dashboard;
    private String indicatorCode;
    private List<String> geographyCodes = List.of();
    private String pageTitle = "Indicator · Factline";
    private boolean updatingSelection;

    public IndicatorView(DashboardService dashboard) {
        this.dashboard = dashboard;
        setWidthFull();
        addClassName("indicator-page");

        description.addClassName("lead");
        geographies.setItemLabelGenerator(g -> g.name() + " (" + g.code() + ")");
        geographies.setWidth("min(100%, 40rem)");
        geographies.setPlaceholder("Add a geography to compare");
        geographies.addSelectionListener(e -> {
            if (!updatingSelection && !e.getValue().isEmpty()) {
                navigate(e.getValue().stream().map(Geography::code).toList(), vintage.getValue());
            }
        });

        vintage.setLabel("As of vintage");
        vintage.setHelperText("What was known on that date");
        vintage.addValueChangeListener(e -> {
            if (!updatingSelection && e.isFromClient()) {
                navigate(geographyCodes, e.getValue());
            }
        });

        chartBox.addClassName("chart-box");

        grid.addColumn(r -> r.observation().period().toString()).setHeader("Period").setKey("period").setAutoWidth(true);
        grid.addColumn(SeriesRow::geographyName).setHeader("Geography").setKey("geography").setAutoWidth(true);
        grid.addColumn(r -> FigureFormat.format(r.observation().value(), r.observation().unit()))
                .setHeader("Value").setKey("value").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Units.label(r.observation().unit())).setHeader("Unit").setKey("unit").setAutoWidth(true);
        grid.addColumn(r -> r.observation().status().label() + (r.citations() > 0 ? " · cited" : ""))
                .setHeader("Status").setKey("status").setAutoWidth(true)
                .setPartNameGenerator(r -> r.observation().status() == ObservationStatus.OFFICIAL ? null : "cited");
        grid.addColumn(r -> r.observation().vintage().toString()).setHeader("Vintage").setKey("vintage")
                .setAutoWidth(true);
        grid.addColumn(r -> r.isRevision() ? "was " + FigureFormat.format(r.previousValue(), r.observation().unit())
                        + " (" + r.previousVintage() + ")" : "").setHeader("Revised").setKey("revised").setAutoWidth(true)
                .setPartNameGenerator(r -> r.isRevision() ? "revised" : null);
        grid.addColumn(r -> sourceLabel(r.source())).setHeader("Source").setKey("source").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");

        notFound.addClassName("empty-state");
        notFound.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        indicatorCode = event.getRouteParameters().get("code").orElse("");
        List<String> geo = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("geo", List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .filter(s -> !s.isBlank()).toList();
        geographyCodes = geo;
        String asOfText = event.getLocation().getQueryParameters().getSingleParameter("vintage").orElse(LATEST);
        LocalDate asOf = null;
        if (!asOfText.equals(LATEST)) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                Notification.show("\u201c" + asOfText + "\u201d is not a date like 2024-06-28: showing the latest data",
                        6000, Notification.Position.MIDDLE);
            }
        }
        show(dashboard.seriesPage(indicatorCode, geo, asOf));
    }

    private void show(Optional<SeriesPage> found) {
        removeAll();
        if (found.isEmpty()) {
            pageTitle = "Unknown indicator · Factline";
            title.setText("No indicator \u201c" + indicatorCode + "\u201d");
            notFound.setText("Factline has no indicator with this code. Open the overview to browse the tracked "
                    + "series, or import a CSV file that contains it.");
            notFound.setVisible(true);
            add(title, notFound, new Anchor("", "Go to the overview"));
            return;
        }
        SeriesPage page = found.get();
        pageTitle = page.indicator().name() + " · Factline";
        title.setText(page.indicator().name());
        Span code = new Span(page.indicator().code());
        code.addClassName("indicator-code");
        description.setText(page.indicator().description() == null ? "" : page.indicator().description());
        description.setVisible(page.indicator().description() != null);

        updatingSelection = true;
        geographies.setItems(page.available().stream().sorted(Comparator.comparing(Geography::name)).toList());
        geographies.select(page.selected());
        List<String> vintages = new java.util.ArrayList<>(List.of(LATEST));
        page.vintages().forEach(v -> vintages.add(v.toString()));
        vintage.setItems(vintages);
        vintage.setValue(page.asOf() == null ? LATEST : page.asOf().toString());
        updatingSelection = false;
        geographyCodes = page.selected().stream().map(Geography::code).toList();

        chartBox.removeAll();
        String names = page.selected().stream().map(Geography::name).collect(Collectors.joining(", "));
        byte[] svg = TimeSeriesChart.svg(page.chart(), CHART_WIDTH, CHART_HEIGHT).getBytes(StandardCharsets.UTF_8);
        Image chart = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(svg), page.indicator().code() + ".svg", "image/svg+xml", svg.length)),
                page.indicator().name() + ", " + names + ": official series and figures cited in articles");
        chart.addClassName("series-chart");
        chartBox.add(chart);

        grid.setItems(page.rows());
        H3 tableTitle = new H3("Observations");
        Paragraph legend = new Paragraph();
        legend.add(new Text("Official values are drawn as lines; figures cited in articles as orange diamonds. "
                + "A revision is a new row with a newer vintage: nothing is overwritten."));
        legend.addClassName("hint");
        H3 notes = new H3("About this indicator");
        notes.setVisible(description.isVisible());
        HorizontalLayout controls = new HorizontalLayout(geographies, vintage);
        controls.setWrap(true);
        controls.setWidthFull();
        add(title, code, controls, chartBox, legend, tableTitle, grid, notes, description);
    }

    /** The page's state lives in its URL, so a copied link reproduces the view. */
    private void navigate(List<String> geographyCodes, String asOf) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("geo", String.join(",", geographyCodes));
        if (asOf != null && !asOf.equals(LATEST)) {
            params.put("vintage", asOf);
        }
        getUI().ifPresent(ui -> ui.navigate(IndicatorView.class, new RouteParameters("code", indicatorCode),
                QueryParameters.simple(params)));
    }

    private static String sourceLabel(Source s) {
        if (s == null) {
            return "";
        }
        String by = s.publisher() == null ? "" : s.publisher() + ": ";
        return by + s.title() + " (" + s.kind().name().toLowerCase() + ")";
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
