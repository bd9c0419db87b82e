package org.factline.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factline.claim.Claim;
import org.factline.claim.ClaimText;
import org.factline.explore.ArticlePage;
import org.factline.explore.CitedFigure;
import org.factline.explore.ExploreService;
import org.factline.geography.GeographyService;
import org.factline.indicator.IndicatorService;
import org.factline.linking.LinkingService;
import org.factline.linking.Proposal;
import org.factline.measure.FigureFormat;
import org.factline.shell.LinkedBy;
import org.factline.problem.Problem;
import org.factline.source.Source;

/**
 * A source's page: metadata, a link out, each figure it cites beside the official value of the same series and
 * period, and, where the text is stored, the text with the cited figures highlighted. All of it shown as text.
 */
@AnonymousAllowed
@Route("sources/:id")
public class SourceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph meta = new Paragraph();
    final Grid<CitedFigure> figures = new Grid<>();
    final Div text = new Div();
    final Grid<Proposal> proposals = new Grid<>();
    final Button edit = new Button("Edit article");
    private final ExploreService explore;
    private final LinkingService linking;
    private final IndicatorService indicators;
    private final GeographyService geographies;
    private long sourceId;
    private final AuthenticationContext auth;
    private Source current;
    private String pageTitle = "Source · Factline";

    public SourceView(ExploreService explore, LinkingService linking, IndicatorService indicators,
                      GeographyService geographies, AuthenticationContext auth) {
        this.explore = explore;
        this.auth = auth;
        this.linking = linking;
        this.indicators = indicators;
        this.geographies = geographies;
        setWidthFull();
        meta.addClassName("lead");
        figures.addColumn(f -> f.citation().figureText()).setHeader("As written").setKey("figure").setWidth("6rem")
                .setFlexGrow(1);
        figures.addColumn(f -> f.indicatorName() + ", " + f.geographyName() + ", " + f.observation().period())
                .setHeader("Fact").setKey("fact").setWidth("8rem").setFlexGrow(3);
        figures.addColumn(f -> FigureFormat.format(f.observation().value(), f.observation().unit()) + " · "
                + f.observation().status().label()).setHeader("Cited value").setKey("cited")
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        figures.addColumn(f -> f.hasOfficialValue() ? FigureFormat.format(f.officialValue(), f.observation().unit())
                        : "no official data").setHeader("Official value").setKey("official")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        // The difference is in the Check column ("differs (-1.451 pp)") and the status beside the cited value: columns
        // of their own made the grid too wide for a 1280-pixel screen.
        figures.addColumn(f -> f.hasOfficialValue() ? f.officialVintage() + ", " + f.officialSource() : "")
                .setHeader("Official vintage, source").setKey("vintage").setWidth("7rem").setFlexGrow(2);
        figures.addColumn(f -> verdict(f.claim())).setHeader("Check").setKey("verdict").setWidth("8rem")
                .setFlexGrow(1)
                .setTooltipGenerator(f -> ClaimText.explanation(f.claim()));
        figures.addColumn(f -> "\u201c" + f.citation().quote() + "\u201d").setHeader("Quote").setKey("quote")
                .setWidth("8rem").setFlexGrow(3);
        figures.addComponentColumn(f -> LinkedBy.of(f.claim().linkedByLabel(), f.citation().machineLinked()))
                .setHeader("Linked by").setKey("linkedBy").setAutoWidth(true);
        figures.addComponentColumn(f -> {
            Button quote = new Button("Edit quote", e -> editQuote(f));
            quote.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button("Remove", e -> {
                linking.removeCitation(f.citation().id());
                reload();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(quote, remove);
        }).setHeader("").setKey("actions").setAutoWidth(true).setVisible(false);
        figures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.setAllRowsVisible(true);
        text.addClassName("article-text");
        // One listener for the page's life: the article it edits is the one shown now.
        edit.getStyle().set("align-self", "flex-start");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClickListener(e -> new ArticleForm(current, n -> {
            linking.updateArticle(current.id(), n);
            return current.id();
        }, saved -> reload()).open());
        proposals.addColumn(p -> p.candidate().text()).setHeader("As written").setKey("figure").setAutoWidth(true);
        proposals.addColumn(p -> p.candidate().kind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true);
        proposals.addColumn(p -> FigureFormat.format(p.candidate().value(), p.candidate().unit())).setHeader("Read as")
                .setKey("value").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        proposals.addColumn(p -> p.candidate().sentence()).setHeader("Sentence").setKey("sentence").setFlexGrow(4);
        proposals.addComponentColumn(p -> {
            if (p.linked()) {
                Span done = new Span("linked");
                done.addClassName("linked");
                return done;
            }
            Button link = new Button("Link\u2026", e -> new LinkDialog(sourceId, p, indicators.all(), geographies.list(),
                    linking, this::reload).open());
            link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return link;
        }).setHeader("").setKey("link").setAutoWidth(true);
        proposals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        proposals.setAllRowsVisible(true);
    }

    /** The verdict in two or three words: "differs (-1.451 pp)". */
    private static String verdict(Claim c) {
        String difference = ClaimText.difference(c);
        return c.verdict().label() + (difference.isEmpty() ? "" : " (" + difference + ")");
    }

    private void editQuote(CitedFigure f) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Edit quote of \u201c" + f.citation().figureText() + "\u201d");
        TextArea quote = new TextArea("Quote");
        quote.setValue(f.citation().quote());
        quote.setMaxLength(1000);
        quote.setWidth("min(40rem, 90vw)");
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        Button save = new Button("Save quote", e -> {
            try {
                linking.updateQuote(f.citation().id(), quote.getValue());
                d.close();
                reload();
            } catch (Problem ex) {
                error.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(quote, error);
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    private void reload() {
        UI.getCurrent().navigate("sources/" + sourceId);
        show(explore.article(sourceId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong);
        sourceId = id.orElse(-1L);
        show(id.flatMap(explore::article));
    }

    private void show(Optional<ArticlePage> page) {
        removeAll();
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
        boolean editor = auth.hasRole("EDITOR");
        figures.getColumnByKey("actions").setVisible(editor);
        proposals.getColumnByKey("link").setVisible(editor);
        if (s.isArticle() && editor) {
            current = s;
            add(edit);
        }
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
            List<Proposal> found = linking.proposals(s.id());
            proposals.setItems(found);
            Paragraph hint = new Paragraph(found.isEmpty() ? "No figures found in the text."
                    : found.size() + (found.size() == 1 ? " figure" : " figures") + " found in the text. Link one to "
                    + "record it as a fact with its citation; linked figures are highlighted in the text below.");
            hint.addClassName("hint");
            add(new H3("Figures in the text"), hint, proposals, new H3("Text"), text);
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
