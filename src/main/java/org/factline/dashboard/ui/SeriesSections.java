package org.factline.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.dashboard.SeriesPage;
import org.factline.dashboard.SeriesRequest;
import org.factline.dashboard.SuggestedCitation;
import org.factline.dashboard.Transform;
import org.factline.measure.FigureFormat;
import org.factline.shell.Links;
import org.factline.source.Source;

/** The indicator page's lists below the chart: the cited figures, the downloads and the sources. */
final class SeriesSections {

    private SeriesSections() {
    }

    /** What the chart draws how. */
    static Paragraph legend(Transform transform) {
        Paragraph legend = new Paragraph(transform == Transform.LEVEL
                ? "Official values are drawn as lines; figures cited in articles as orange diamonds. A revision is a "
                + "new row with a newer vintage: nothing is overwritten."
                : "Transformed from the official values; cited figures are shown on the level chart only.");
        legend.addClassName("hint");
        return legend;
    }

    /** Each cited figure with its article and its check. */
    static void cited(UnorderedList cited, SeriesPage page) {
        cited.removeAll();
        page.rows().stream().filter(r -> r.citations() > 0 && r.source() != null).forEach(r -> {
            ListItem item = new ListItem();
            item.add(new Span(FigureFormat.format(r.observation().value(), r.observation().unit()) + " for "
                    + r.geographyName() + ", " + r.observation().period() + " (" + r.observation().status().label()
                    + "), cited by "));
            item.add(new Anchor("sources/" + r.source().id(), r.source().title()));
            if (r.verdict() != null) {
                Span check = new Span(" · check: " + r.verdict());
                check.addClassName("verdict");
                item.add(check);
            }
            cited.add(item);
        });
    }

    /** The chart and the data of what the page shows, as files. */
    static void downloads(Div downloads, SeriesPage page, SeriesRequest shown) {
        downloads.removeAll();
        String geoCodes = String.join(",", shown.geographies());
        Map<String, String> range = new LinkedHashMap<>();
        if (shown.from() != null) {
            range.put("from", shown.from().toString());
        }
        if (shown.to() != null) {
            range.put("to", shown.to().toString());
        }
        Map<String, String> chartParams = new LinkedHashMap<>(range);
        if (shown.transform() != Transform.LEVEL) {
            chartParams.put("transform", shown.transform().param());
        }
        Map<String, String> csvParams = new LinkedHashMap<>();
        csvParams.put("indicator", page.indicator().code());
        csvParams.put("geo", geoCodes);
        csvParams.putAll(range);
        downloads.add(new Span("Download: "),
                download("Chart (PNG)", "/api/charts/" + page.indicator().code() + "/" + geoCodes + ".png", chartParams),
                download("Chart (SVG)", "/api/charts/" + page.indicator().code() + "/" + geoCodes + ".svg", chartParams),
                download("Data (CSV)", "/api/facts.csv", csvParams));
    }

    /** Each source of the rows with a suggested citation. */
    static void sources(UnorderedList sources, SeriesPage page) {
        sources.removeAll();
        for (Source s : page.sources()) {
            ListItem item = new ListItem();
            Anchor link = new Anchor("sources/" + s.id(), s.title());
            Paragraph citeAs = new Paragraph("Suggested citation: "
                    + SuggestedCitation.of(s, page.indicator(), page.latestVintage(s)));
            citeAs.addClassName("hint");
            item.add(link, citeAs);
            sources.add(item);
        }
    }

    private static Anchor download(String text, String path, Map<String, String> params) {
        Anchor a = new Anchor(Links.withQuery(path, params), text);
        a.getElement().setAttribute("download", true);
        a.setTarget(AnchorTarget.BLANK);
        return a;
    }

    /** A source as the table names it: "World Bank: WDI (dataset)". */
    static String sourceLabel(Source s) {
        if (s == null) {
            return "";
        }
        String by = s.publisher() == null ? "" : s.publisher() + ": ";
        return by + s.title() + " (" + s.kind().name().toLowerCase() + ")";
    }
}
