package org.factline.explore.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.explore.FactQuery;
import org.factline.explore.FactQueryParams;
import org.factline.explore.FactRow;
import org.factline.explore.FactsService;
import org.factline.measure.FigureFormat;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.FactSort;
import org.factline.observation.ObservationStatus;
import org.factline.shell.Links;
import org.factline.source.SourceKind;

/**
 * Every observation, filtered and sorted, a page at a time: the grid asks for the rows it shows and never counts
 * the table. The filters live in the URL and the export takes the same filters.
 */
@AnonymousAllowed
@Route("facts")
@PageTitle("Facts · Factline")
@Menu(order = 1, title = "Facts")
public class FactsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ANY = "any";

    final MultiSelectComboBox<String> geographies = new MultiSelectComboBox<>("Geography");
    final MultiSelectComboBox<String> indicators = new MultiSelectComboBox<>("Indicator");
    final Select<String> kind = new Select<>();
    final Select<String> status = new Select<>();
    final TextField from = new TextField("From");
    final TextField to = new TextField("To");
    final Checkbox citedOnly = new Checkbox("Cited in articles only");
    final TextField search = new TextField("Search");
    final Anchor export = new Anchor();
    final Grid<FactRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final FactsService facts;
    private FactQuery query = FactQuery.all();
    private boolean applying;

    public FactsView(FactsService facts) {
        this.facts = facts;
        setSizeFull();
        addClassName("facts-page");

        Map<String, String> geoNames = facts.geographyNames();
        Map<String, String> indicatorNames = facts.indicatorNames();
        geographies.setItems(geoNames.keySet());
        geographies.setItemLabelGenerator(c -> geoNames.getOrDefault(c, c) + " (" + c + ")");
        indicators.setItems(indicatorNames.keySet());
        indicators.setItemLabelGenerator(c -> indicatorNames.getOrDefault(c, c) + " (" + c + ")");
        kind.setLabel("Source kind");
        kind.setItems(ANY, "article", "dataset", "release");
        kind.setValue(ANY);
        status.setLabel("Status");
        status.setItems(ANY, "official", "preliminary", "estimate", "forecast", "requested", "rule");
        status.setValue(ANY);
        from.setPlaceholder("2000");
        to.setPlaceholder("2023-Q4");
        from.setHelperText("2020, 2020-Q3, 2020-07 or 2020-07-14");
        search.setPlaceholder("Indicator name or source title");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        for (TextField f : List.of(from, to)) {
            f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        }
        List<AbstractField<?, ?>> fields = List.of(kind, status, from, to, citedOnly, search);
        fields.forEach(f -> f.addValueChangeListener(e -> changed()));
        geographies.addValueChangeListener(e -> changed());
        indicators.addValueChangeListener(e -> changed());

        FormLayout filters = new FormLayout(search, geographies, indicators, kind, status, from, to, citedOnly);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));

        export.setText("Download CSV");
        export.getElement().setAttribute("download", true);
        export.setTarget(AnchorTarget.BLANK);

        grid.addColumn(FactRow::indicatorName).setHeader("Indicator").setKey("indicator").setSortable(true)
                .setSortProperty("INDICATOR").setFlexGrow(3)
                .setTooltipGenerator(f -> f.indicatorName() + " (" + f.indicatorCode() + ")");
        grid.addColumn(FactRow::geographyName).setHeader("Geography").setKey("geography").setSortable(true)
                .setSortProperty("GEOGRAPHY").setFlexGrow(2).setTooltipGenerator(FactRow::geographyName);
        grid.addColumn(f -> f.period().toString()).setHeader("Period").setKey("period").setSortable(true)
                .setSortProperty("PERIOD").setAutoWidth(true);
        grid.addColumn(f -> FigureFormat.format(f.value(), f.unit())).setHeader("Value").setKey("value")
                .setSortable(true).setSortProperty("VALUE").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> Units.label(f.unit())).setHeader("Unit").setKey("unit").setAutoWidth(true);
        grid.addColumn(f -> f.status().label()).setHeader("Status").setKey("status").setAutoWidth(true)
                .setPartNameGenerator(f -> f.citations() > 0 ? "cited" : null);
        grid.addColumn(f -> f.vintage().toString()).setHeader("Vintage").setKey("vintage").setSortable(true)
                .setSortProperty("VINTAGE").setAutoWidth(true);
        grid.addColumn(f -> f.sourceTitle() + " (" + f.sourceKind().name().toLowerCase(Locale.ROOT) + ")")
                .setHeader("Source").setKey("source").setFlexGrow(3).setTooltipGenerator(FactRow::sourceTitle);
        grid.addColumn(FactRow::citations).setHeader("Citations").setKey("citations")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(f -> new com.vaadin.flow.component.html.Anchor("facts/" + f.id(), "Details"))
                .setHeader("").setKey("details").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setPageSize(100);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("indicators/" + e.getItem().indicatorCode(),
                QueryParameters.of("geo", e.getItem().geographyCode())));
        grid.setItems(q -> {
            FactQuery page = query;
            if (!q.getSortOrders().isEmpty()) {
                var order = q.getSortOrders().get(0);
                page = page.sorted(FactSort.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING);
            }
            return facts.page(page.page(q.getOffset(), q.getLimit())).stream();
        });

        empty.addClassName("empty-state");
        empty.setVisible(false);
        empty.setText("No facts match these filters. Widen the period, clear the search, or import data on the "
                + "Imports page.");

        add(new H2("Facts"), filters, export, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(FactQueryParams.parse(event.getLocation().getQueryParameters().getParameters()));
        } catch (org.factline.problem.InvalidInput e) {
            show(FactQuery.all());
            empty.setText(e.getMessage() + ". Showing all facts.");
        }
    }

    private void show(FactQuery q) {
        applying = true;
        geographies.setValue(new HashSet<>(q.geographies()));
        indicators.setValue(new HashSet<>(q.indicators()));
        kind.setValue(q.sourceKind() == null ? ANY : q.sourceKind().name().toLowerCase(Locale.ROOT));
        status.setValue(q.status() == null ? ANY : q.status().label());
        from.setValue(q.from() == null ? "" : q.from().toString());
        to.setValue(q.to() == null ? "" : q.to().toString());
        citedOnly.setValue(q.citedOnly());
        search.setValue(q.text() == null ? "" : q.text());
        applying = false;
        apply(q);
    }

    private void changed() {
        if (applying) {
            return;
        }
        Period f = period(from);
        Period t = period(to);
        if (from.isInvalid() || to.isInvalid()) {
            return;
        }
        apply(new FactQuery(List.copyOf(geographies.getValue()), List.copyOf(indicators.getValue()), query.source(),
                ANY.equals(kind.getValue()) ? null : SourceKind.valueOf(kind.getValue().toUpperCase(Locale.ROOT)),
                ANY.equals(status.getValue()) ? null : ObservationStatus.parse(status.getValue()), f, t,
                citedOnly.getValue(), search.getValue(), query.sort(), query.descending(), 0, FactQuery.DEFAULT_LIMIT));
    }

    private static Period period(TextField field) {
        field.setInvalid(false);
        if (field.getValue().isBlank()) {
            return null;
        }
        try {
            return Period.parse(field.getValue());
        } catch (IllegalArgumentException e) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return null;
        }
    }

    private void apply(FactQuery q) {
        query = q;
        Map<String, String> params = FactQueryParams.format(q);
        export.setHref(Links.withQuery("/api/facts.csv", params));
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("facts", QueryParameters.simple(params)));
        boolean none = facts.observations(q.page(0, 1)).isEmpty();
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

}
