package org.factline.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.factline.dashboard.OverviewService;
import org.factline.dashboard.SeriesSummary;
import org.factline.measure.FigureFormat;
import org.factline.measure.Units;

/**
 * A card per tracked series: its latest official value and period, the change from the period before, a
 * sparkline and how often articles cite it; the most recently cited first. The list renders only the cards in
 * view.
 */
@AnonymousAllowed
@Route("")
@PageTitle("Overview · Factline")
@Menu(order = 0, title = "Overview")
public class OverviewView extends VerticalLayout {

    final TextField search = new TextField();
    final ComboBox<String> geography = new ComboBox<>();
    final ComboBox<String> indicator = new ComboBox<>();
    final VirtualList<SeriesSummary> cards = new VirtualList<>();
    final Paragraph empty = new Paragraph();
    private final OverviewService overview;

    public OverviewView(OverviewService overview) {
        this.overview = overview;
        setSizeFull();
        addClassName("overview");

        H2 title = new H2("Tracked series");
        Paragraph intro = new Paragraph("Each official series with its latest value, and the figures news articles "
                + "cite about it. Open a series to compare the cited figures with the official data.");
        intro.addClassName("lead");

        search.setPlaceholder("Search indicators and geographies, e.g. GDP or Kyrgyz");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search series");
        search.addValueChangeListener(e -> refresh());

        Map<String, String> geoNames = overview.geographyChoices();
        Map<String, String> indicatorNames = overview.indicatorChoices();
        geography.setItems(geoNames.keySet());
        geography.setItemLabelGenerator(c -> geoNames.get(c) + " (" + c + ")");
        geography.setPlaceholder("Any geography");
        geography.setClearButtonVisible(true);
        geography.setAriaLabel("Geography");
        geography.addValueChangeListener(e -> refresh());
        indicator.setItems(indicatorNames.keySet());
        indicator.setItemLabelGenerator(indicatorNames::get);
        indicator.setPlaceholder("Any indicator");
        indicator.setClearButtonVisible(true);
        indicator.setAriaLabel("Indicator");
        indicator.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, geography, indicator);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");

        cards.setRenderer(new ComponentRenderer<>(this::card));
        cards.addClassName("series-cards");
        cards.setSizeFull();
        empty.addClassName("empty-state");
        empty.setVisible(false);

        add(title, intro, filters, empty, cards);
        refresh();
    }

    /** The series the filters now select, the first {@code limit} of them. */
    List<SeriesSummary> shown(int limit) {
        return overview.page(query(), 0, limit);
    }

    private OverviewService.Query query() {
        return new OverviewService.Query(search.getValue(), geography.getValue(), indicator.getValue());
    }

    /** A page of cards at a time, however many series there are. */
    private void refresh() {
        OverviewService.Query q = query();
        long count = overview.count(q);
        cards.setDataProvider(com.vaadin.flow.data.provider.DataProvider.fromCallbacks(
                page -> overview.page(q, page.getOffset(), page.getLimit()).stream(), page -> (int) count));
        boolean none = count == 0;
        empty.setVisible(none);
        cards.setVisible(!none);
        empty.setText(search.isEmpty() && geography.isEmpty() && indicator.isEmpty()
                ? "No series yet. Import a CSV file of official data on the Imports page."
                : "No series matches these filters. Try an indicator name such as GDP, a country name or a code "
                + "such as KGZ, or clear the filters.");
    }

    /** One series' card; everything on it is text from the database, set as text. */
    Component card(SeriesSummary s) {
        Div card = new Div();
        card.addClassName("series-card");
        Span name = new Span(s.indicatorName());
        name.addClassName("card-indicator");
        Span where = new Span(s.geographyName());
        where.addClassName("card-geography");
        Span value = new Span(s.latestValue() == null ? "no official data" : FigureFormat.format(s.latestValue(), s.unit()));
        value.addClassName("card-value");
        if (s.latestValue() == null) {
            value.addClassName("card-value-none");
        }
        Span period = new Span(s.latestPeriod() == null ? "" : s.latestPeriod().toString());
        period.addClassName("card-period");
        Span change = new Span(change(s));
        change.addClassName("card-change");
        Span cites = new Span(s.citations() == 0 ? "not cited" : s.citations() + (s.citations() == 1 ? " citation"
                : " citations") + (s.lastCitedOn() == null ? "" : ", last " + s.lastCitedOn()));
        cites.addClassName(s.citations() > 0 ? "card-cited" : "card-uncited");
        card.add(name, where, value, period, change);
        if (s.latestValue() != null) {
            Image spark = new Image("api/sparklines/" + s.indicatorCode() + "/" + s.geographyCode() + ".svg",
                    "Trend of " + s.indicatorName() + ", " + s.geographyName());
            spark.addClassName("card-sparkline");
            spark.setWidth("140px");
            spark.setHeight("36px");
            card.add(spark);
        }
        card.add(cites);
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(e -> open(s));
        return card;
    }

    static String change(SeriesSummary s) {
        BigDecimal d = s.change();
        if (d == null) {
            return "";
        }
        String unit = Units.isPercent(s.unit()) ? Units.PERCENTAGE_POINT : s.unit();
        String arrow = d.signum() > 0 ? "\u25B2 +" : d.signum() < 0 ? "\u25BC " : "\u25B6 ";
        return arrow + FigureFormat.format(d, unit) + " from " + s.previousPeriod();
    }

    private void open(SeriesSummary s) {
        getUI().ifPresent(ui -> ui.navigate(IndicatorView.class, new RouteParameters("code", s.indicatorCode()),
                QueryParameters.of("geo", s.geographyCode())));
    }
}
