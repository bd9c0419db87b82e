package org.factline.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factline.chart.TimeSeriesChart;
import org.factline.dashboard.DashboardService;
import org.factline.dashboard.MapService;
import org.factline.dashboard.SeriesPage;
import org.factline.dashboard.SeriesRequest;
import org.factline.dashboard.SeriesRow;
import org.factline.dashboard.Transform;
import org.factline.geography.Geography;
import org.factline.measure.FigureFormat;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.ObservationStatus;
import org.factline.source.Source;

/**
 * One indicator for one or more geographies: the official lines with the article-cited figures as markers, every
 * observation in a table, its sources with a suggested citation, and downloads. All of the view's state lives in
 * its URL ({@code /indicators/NY.GDP.MKTP.KD.ZG?geo=KGZ,RUS&from=2000&to=2023&transform=pct&vintage=2021-02-24}),
 * so a copied link reproduces it.
 */
@AnonymousAllowed
@Route("indicators/:code")
public class IndicatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String LATEST = "latest";
    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 440;

    final H2 title = new H2();
    final Paragraph description = new Paragraph();
    final MultiSelectComboBox<Geography> geographies = new MultiSelectComboBox<>("Geographies");
    final Select<String> vintage = new Select<>();
    final Select<Transform> transform = new Select<>();
    final TextField from = new TextField("From");
    final TextField to = new TextField("To");
    final Div chartBox = new Div();
    final UnorderedList cited = new UnorderedList();
    final Grid<SeriesRow> grid = new Grid<>();
    final Div downloads = new Div();
    final UnorderedList sources = new UnorderedList();
    final Paragraph notFound = new Paragraph();
    private final DashboardService dashboard;
    private final MapService maps;
    MapSection map;
    private String indicatorCode;
    private SeriesRequest request;
    private String pageTitle = "Indicator · Factline";
    private boolean updating;

    public IndicatorView(DashboardService dashboard, MapService maps) {
        this.dashboard = dashboard;
        this.maps = maps;
        setWidthFull();
        addClassName("indicator-page");
        description.addClassName("hint");
        geographies.setItemLabelGenerator(g -> g.name() + " (" + g.code() + ")");
        geographies.setWidth("min(100%, 32rem)");
        geographies.setPlaceholder("Add a geography to compare");
        geographies.addSelectionListener(e -> {
            if (!updating && !e.getValue().isEmpty()) {
                navigate(state().geographies(e.getValue().stream().map(Geography::code).toList()));
            }
        });
        vintage.setLabel("As of vintage");
        vintage.setHelperText("What was known on that date");
        vintage.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                navigate(state());
            }
        });
        transform.setLabel("Show");
        transform.setItems(Transform.values());
        transform.setItemLabelGenerator(Transform::label);
        transform.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                navigate(state());
            }
        });
        for (TextField f : List.of(from, to)) {
            f.setWidth("8rem");
            f.setPlaceholder(f == from ? "1990" : "2023");
            f.addValueChangeListener(e -> {
                if (!updating && e.isFromClient()) {
                    navigate(state());
                }
            });
        }

        chartBox.addClassName("chart-box");
        cited.addClassName("cited-list");
        downloads.addClassName("downloads");
        sources.addClassName("source-list");

        grid.addColumn(r -> r.observation().period().toString()).setHeader("Period").setKey("period").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SeriesRow::geographyName).setHeader("Geography").setKey("geography").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> FigureFormat.format(r.observation().value(), r.observation().unit()))
                .setHeader("Value").setKey("value").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Units.label(r.observation().unit())).setHeader("Unit").setKey("unit").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.observation().status().label() + (r.citations() > 0 ? " · cited" : ""))
                .setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(r -> r.observation().status() == ObservationStatus.OFFICIAL ? null : "cited");
        grid.addColumn(r -> r.observation().vintage().toString()).setHeader("Vintage").setKey("vintage")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.isRevision() ? "was " + FigureFormat.format(r.previousValue(), r.observation().unit())
                        + " (" + r.previousVintage() + ")" : "").setHeader("Revised").setKey("revised").setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(r -> r.isRevision() ? "revised" : null);
        // Every column but the source keeps to its content's width, so the source's title has the rest of the row.
        grid.addColumn(r -> SeriesSections.sourceLabel(r.source())).setHeader("Source").setKey("source").setFlexGrow(1)
                .setTooltipGenerator(r -> SeriesSections.sourceLabel(r.source()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("28rem");

        notFound.addClassName("empty-state");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        indicatorCode = event.getRouteParameters().get("code").orElse("");
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        List<String> geo = params.getOrDefault("geo", List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).filter(s -> !s.isBlank()).toList();
        List<String> problems = new ArrayList<>();
        LocalDate asOf = parse(params, "vintage", problems, s -> s.equals(LATEST) ? null : LocalDate.parse(s));
        Period f = parse(params, "from", problems, Period::parse);
        Period t = parse(params, "to", problems, Period::parse);
        Transform tr = parse(params, "transform", problems, Transform::fromParam);
        if (!problems.isEmpty()) {
            Notification.show(String.join("; ", problems) + ": ignored", 6000, Notification.Position.MIDDLE);
        }
        request = new SeriesRequest(indicatorCode, geo, asOf, f, t, tr);
        show(dashboard.seriesPage(request));
    }

    private static <T> T parse(Map<String, List<String>> params, String name, List<String> problems,
                               java.util.function.Function<String, T> p) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        try {
            return p.apply(values.get(0).strip());
        } catch (IllegalArgumentException | org.factline.problem.InvalidInput | DateTimeParseException e) {
            problems.add("\u201c" + values.get(0) + "\u201d is not a valid " + name);
            return null;
        }
    }

    private void show(Optional<SeriesPage> found) {
        removeAll();
        if (found.isEmpty()) {
            pageTitle = "Unknown indicator · Factline";
            title.setText("No indicator \u201c" + indicatorCode + "\u201d");
            notFound.setText("Factline has no indicator with this code. Open the overview to browse the tracked "
                    + "series, or import a CSV file that contains it.");
            add(title, notFound, new Anchor("", "Go to the overview"));
            return;
        }
        SeriesPage page = found.get();
        SeriesRequest shown = new SeriesRequest(indicatorCode, page.selected().stream().map(Geography::code).toList(),
                request.asOf(), request.from(), request.to(), request.transform());
        request = shown;
        pageTitle = page.indicator().name() + " · Factline";
        title.setText(page.indicator().name());
        Span code = new Span(page.indicator().code() + " · " + Units.label(page.indicator().unit()) + " · "
                + page.indicator().frequency().name().toLowerCase());
        code.addClassName("indicator-code");
        description.setText(page.indicator().description() == null ? "" : page.indicator().description());

        updating = true;
        geographies.setItems(page.available().stream().sorted(Comparator.comparing(Geography::name)).toList());
        geographies.select(page.selected());
        List<String> vintages = new ArrayList<>(List.of(LATEST));
        page.vintages().forEach(v -> vintages.add(v.toString()));
        vintage.setItems(vintages);
        vintage.setValue(page.asOf() == null ? LATEST : page.asOf().toString());
        transform.setValue(shown.transform());
        from.setValue(shown.from() == null ? "" : shown.from().toString());
        to.setValue(shown.to() == null ? "" : shown.to().toString());
        updating = false;

        chartBox.removeAll();
        String names = page.selected().stream().map(Geography::name).collect(Collectors.joining(", "));
        byte[] svg = TimeSeriesChart.svg(page.chart(), CHART_WIDTH, CHART_HEIGHT).getBytes(StandardCharsets.UTF_8);
        // An <object>, not an <img>: the SVG stays a document, so each cited figure's <title> shows on hover.
        Element chart = new Element("object");
        chart.setAttribute("type", "image/svg+xml");
        chart.setAttribute("data", DownloadHandler.fromInputStream(r -> new DownloadResponse(
                new ByteArrayInputStream(svg), page.indicator().code() + ".svg", "image/svg+xml", svg.length)).inline());
        chart.setAttribute("aria-label", page.chart().title() + ", " + names
                + ": official series and figures cited in articles");
        chart.setAttribute("role", "img");
        chart.getClassList().add("series-chart");
        chartBox.getElement().appendChild(chart);

        SeriesSections.cited(cited, page);
        SeriesSections.downloads(downloads, page, shown);
        SeriesSections.sources(sources, page);

        grid.setItems(page.rows());
        HorizontalLayout controls = new HorizontalLayout(geographies, from, to, transform, vintage);
        controls.setWrap(true);
        controls.setWidthFull();
        controls.setAlignItems(Alignment.BASELINE);
        Paragraph legend = SeriesSections.legend(shown.transform());
        map = new MapSection(maps);
        add(title, code, controls, MapSection.switcher(chartBox, legend, map, page.indicator().code()), chartBox, legend,
                map);
        if (cited.getChildren().findAny().isPresent()) {
            add(new H3("Cited in articles"), cited);
        }
        add(downloads, new H3("Observations"), grid, new H3("Sources"), sources);
        if (!description.getText().isEmpty()) {
            add(new H3("About this indicator"), description);
        }
    }

    /** The request the controls now describe. */
    private SeriesRequest state() {
        LocalDate asOf = vintage.getValue() == null || vintage.getValue().equals(LATEST) ? null
                : LocalDate.parse(vintage.getValue());
        return new SeriesRequest(indicatorCode, request.geographies(), asOf, quietPeriod(from), quietPeriod(to),
                transform.getValue());
    }

    private static Period quietPeriod(TextField f) {
        try {
            f.setInvalid(false);
            return f.getValue().isBlank() ? null : Period.parse(f.getValue());
        } catch (IllegalArgumentException e) {
            f.setErrorMessage(e.getMessage());
            f.setInvalid(true);
            return null;
        }
    }

    /** The page's state lives in its URL, so a copied link reproduces the view. */
    private void navigate(SeriesRequest r) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("geo", String.join(",", r.geographies()));
        if (r.from() != null) {
            params.put("from", r.from().toString());
        }
        if (r.to() != null) {
            params.put("to", r.to().toString());
        }
        if (r.transform() != Transform.LEVEL) {
            params.put("transform", r.transform().param());
        }
        if (r.asOf() != null) {
            params.put("vintage", r.asOf().toString());
        }
        UI.getCurrent().navigate(IndicatorView.class, new RouteParameters("code", indicatorCode),
                QueryParameters.simple(params));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
