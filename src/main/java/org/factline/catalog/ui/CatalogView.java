package org.factline.catalog.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.catalog.CatalogEntry;
import org.factline.catalog.CatalogService;
import org.factline.measure.FigureFormat;

/**
 * The indicator catalog: every indicator with its topic, how many geographies have data and the latest period,
 * searched over code, name, topic and definition, filtered by topic area; the state lives in the URL
 * ({@code /indicators?q=inflation&topic=Financial+Sector}).
 */
@AnonymousAllowed
@Route("indicators")
@PageTitle("Indicators · Factline")
@Menu(order = 0.5, title = "Indicators")
public class CatalogView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL = "";

    final TextField search = new TextField();
    final Select<String> topic = new Select<>();
    final Span count = new Span();
    final Grid<CatalogEntry> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final CatalogService catalog;
    private Map<String, Integer> facets = Map.of();
    private int total;
    private boolean restoring;

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        setSizeFull();
        search.setLabel("Search");
        search.setPlaceholder("code, name, topic or definition: inflation, NY.GDP, remittances");
        search.setClearButtonVisible(true);
        search.setWidth("min(36rem, 90vw)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> changed());
        topic.setLabel("Topic");
        topic.setItemLabelGenerator(t -> t.equals(ALL) ? "All topics (" + FigureFormat.count(total) + ")"
                : t + " (" + FigureFormat.count(facets.getOrDefault(t, 0)) + ")");
        topic.addValueChangeListener(e -> changed());

        grid.addComponentColumn(e -> {
            Div cell = new Div(new Anchor("indicators/" + e.code(), e.name()));
            Span code = new Span(e.code());
            code.addClassName("hint");
            cell.add(new Div(code));
            return cell;
        }).setHeader("Indicator").setKey("indicator").setFlexGrow(3);
        grid.addColumn(e -> e.topic() == null ? "" : e.topic()).setHeader("Topic").setKey("topic").setFlexGrow(2)
                .setTooltipGenerator(e -> e.topic() == null ? "" : e.topic());
        grid.addColumn(e -> e.geographies() == 0 ? "no data yet" : Integer.toString(e.geographies()))
                .setHeader("Economies with data").setKey("geographies").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(e -> e.latest() == null ? "" : e.latest().toString()).setHeader("Latest").setKey("latest")
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            Paragraph p = new Paragraph(e.definition() == null ? "No definition given." : e.definition());
            p.addClassName("hint");
            return p;
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        empty.addClassName("empty-state");
        empty.setVisible(false);
        count.addClassName("hint");
        HorizontalLayout filters = new HorizontalLayout(search, topic, count);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Indicators"), filters, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            search.setValue(q.getOrDefault("q", List.of("")).get(0));
            show(q.getOrDefault("topic", List.of(ALL)).get(0));
        } finally {
            restoring = false;
        }
    }

    private void changed() {
        if (restoring) {
            return;
        }
        restoring = true;
        try {
            show(topic.getValue() == null ? ALL : topic.getValue());
        } finally {
            restoring = false;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue().strip());
        }
        if (topic.getValue() != null && !topic.getValue().equals(ALL)) {
            params.put("topic", topic.getValue());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("indicators", QueryParameters.simple(params))));
    }

    /** Runs the search and shows its result; the topic list keeps the areas that match, with their counts. */
    private void show(String area) {
        CatalogService.Result r = catalog.search(search.getValue(), area.equals(ALL) ? null : area);
        facets = r.topics();
        total = r.topics().values().stream().mapToInt(Integer::intValue).sum();
        List<String> areas = new ArrayList<>();
        areas.add(ALL);
        areas.addAll(r.topics().keySet());
        if (!areas.contains(area)) {
            areas.add(area);
        }
        topic.setItems(areas);
        topic.setValue(area);
        grid.setItems(r.entries());
        count.setText(FigureFormat.count(r.entries().size()) + " of " + FigureFormat.count(r.total())
                + " indicators");
        empty.setVisible(r.entries().isEmpty());
        empty.setText(r.total() == 0 ? "No indicators yet: import a World Bank catalog file (WDISeries.csv) or any "
                + "data file on the Imports page." : "No indicator matches. Try fewer or other words, or all topics.");
    }
}
