package org.factline.explore.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.factline.explore.ArticlePage;
import org.factline.explore.CitedFigure;
import org.factline.explore.ExploreService;
import org.factline.measure.FigureFormat;
import org.factline.source.Source;

/**
 * A source's page: metadata, a link out, each figure it cites beside the official value of the same series and
 * period, and, where the text is stored, the text with the cited figures highlighted. All of it shown as text.
 */
@Route("sources/:id")
public class SourceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph meta = new Paragraph();
    final Grid<CitedFigure> figures = new Grid<>();
    final Div text = new Div();
    private final ExploreService explore;
    private String pageTitle = "Source · Factline";

    public SourceView(ExploreService explore) {
        this.explore = explore;
        setWidthFull();
        meta.addClassName("lead");
        figures.addColumn(f -> f.citation().figureText()).setHeader("As written").setKey("figure").setAutoWidth(true);
        figures.addColumn(f -> f.indicatorName() + ", " + f.geographyName() + ", " + f.observation().period())
                .setHeader("Fact").setKey("fact").setFlexGrow(3);
        figures.addColumn(f -> FigureFormat.format(f.observation().value(), f.observation().unit()))
                .setHeader("Cited value").setKey("cited").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        figures.addColumn(f -> f.observation().status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        figures.addColumn(f -> f.hasOfficialValue() ? FigureFormat.format(f.officialValue(), f.observation().unit())
                        : "no official data").setHeader("Official value").setKey("official")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        figures.addColumn(f -> f.hasOfficialValue() ? difference(f) : "").setHeader("Difference").setKey("difference")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        figures.addColumn(f -> f.hasOfficialValue() ? f.officialVintage() + ", " + f.officialSource() : "")
                .setHeader("Official vintage, source").setKey("vintage").setFlexGrow(2);
        figures.addColumn(f -> "\u201c" + f.citation().quote() + "\u201d").setHeader("Quote").setKey("quote")
                .setFlexGrow(3);
        figures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.setAllRowsVisible(true);
        text.addClassName("article-text");
    }

    private static String difference(CitedFigure f) {
        BigDecimal d = f.observation().value().subtract(f.officialValue());
        String unit = "percent".equals(f.observation().unit()) ? "percentage_point" : f.observation().unit();
        return (d.signum() > 0 ? "+" : "") + FigureFormat.format(d.setScale(Math.min(d.scale(), 3),
                java.math.RoundingMode.HALF_UP), unit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ArticlePage> page = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong).flatMap(explore::article);
        if (page.isEmpty()) {
            pageTitle = "Unknown source · Factline";
            title.setText("No such source");
            Paragraph hint = new Paragraph("Factline has no source with this id. The sources list has them all.");
            hint.addClassName("empty-state");
            add(title, hint, new Anchor("sources", "All sources"));
            return;
        }
        ArticlePage p = page.get();
        Source s = p.source();
        pageTitle = s.title() + " · Factline";
        title.setText(s.title());
        StringBuilder m = new StringBuilder(s.kind().name().toLowerCase(Locale.ROOT));
        if (s.publisher() != null) {
            m.append(" · ").append(s.publisher());
        }
        if (s.author() != null) {
            m.append(" · by ").append(s.author());
        }
        if (s.publishedOn() != null) {
            m.append(" · ").append(s.publishedOn());
        }
        m.append(" · ").append(p.facts()).append(p.facts() == 1 ? " fact" : " facts");
        meta.setText(m.toString());
        Anchor out = new Anchor(s.url(), s.url());
        out.setTarget(AnchorTarget.BLANK);
        out.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        add(title, meta, out);
        if (!p.figures().isEmpty()) {
            figures.setItems(p.figures());
            add(new H3("Figures it cites"), figures);
        }
        text.removeAll();
        if (!p.text().isEmpty()) {
            for (ArticlePage.Segment seg : p.text()) {
                Span span = new Span(seg.text());
                if (seg.figure()) {
                    span.addClassName("figure-highlight");
                }
                text.add(span);
            }
            add(new H3("Text"), text);
        } else if (s.isArticle()) {
            Paragraph none = new Paragraph("The article's text is not stored here, so the figures are shown with their "
                    + "quotes only. Read the article at the link above.");
            none.addClassName("hint");
            add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
