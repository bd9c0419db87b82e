package org.factline.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.dom.Element;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.factline.dashboard.MapService;
import org.factline.measure.Period;

/**
 * The indicator page's map: a world choropleth of one period's official values (the picture
 * {@code /api/maps/{indicator}.svg} serves), with the periods there are to choose from; and the tabs that show
 * either the chart or the map.
 */
final class MapSection extends Div {

    final Select<Period> period = new Select<>();
    final Div box = new Div();
    final Paragraph hint = new Paragraph("Each economy in the class of its official value; hatched: no data. Hover "
            + "for the value, click for the economy's page.");
    private final MapService maps;
    private String indicatorCode;
    private boolean updating;

    MapSection(MapService maps) {
        this.maps = maps;
        addClassName("map-section");
        period.setLabel("Period");
        period.setItemLabelGenerator(Period::toString);
        period.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                draw(e.getValue());
            }
        });
        box.addClassName("chart-box");
        hint.addClassName("hint");
        add(period, box, hint);
    }

    /** Shows the map of an indicator's default period. */
    void show(String code) {
        indicatorCode = code;
        MapService.WorldValues w = maps.map(code, null);
        updating = true;
        period.setItems(w.periods());
        period.setValue(w.period());
        updating = false;
        if (w.period() == null) {
            box.removeAll();
            hint.setText("No official values to map yet.");
            return;
        }
        draw(w.period());
    }

    private void draw(Period p) {
        box.removeAll();
        Element map = new Element("object");
        map.setAttribute("type", "image/svg+xml");
        map.setAttribute("data", "api/maps/" + URLEncoder.encode(indicatorCode, StandardCharsets.UTF_8)
                + ".svg?period=" + p);
        map.setAttribute("role", "img");
        map.setAttribute("aria-label", "World map of " + indicatorCode + " for " + p);
        map.getClassList().add("world-map");
        box.getElement().appendChild(map);
    }

    /** Tabs that show the chart (with its legend) or the map; the map is drawn when first asked for. */
    static Tabs switcher(Component chart, Component legend, MapSection map, String code) {
        Tab chartTab = new Tab("Chart");
        Tab mapTab = new Tab("Map");
        Tabs tabs = new Tabs(chartTab, mapTab);
        map.setVisible(false);
        tabs.addSelectedChangeListener(e -> {
            boolean showMap = e.getSelectedTab() == mapTab;
            chart.setVisible(!showMap);
            legend.setVisible(!showMap);
            map.setVisible(showMap);
            if (showMap && map.indicatorCode == null) {
                map.show(code);
            }
        });
        return tabs;
    }
}
