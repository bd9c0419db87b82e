package org.factline.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.factline.citation.CitationService;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimText;
import org.factline.explore.ExploreService.FactPage;
import org.factline.explore.ExploreService;
import org.factline.linking.LinkingService;
import org.factline.measure.FigureFormat;
import org.factline.observation.Observation;
import org.factline.problem.Problem;
import org.factline.source.Source;
import org.factline.source.SourceService;

/** One fact: its value, series, period, status, source and vintage, and every article that cites it. */
@AnonymousAllowed
@Route("facts/:id")
public class FactView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final UnorderedList citations = new UnorderedList();
    final ComboBox<Source> article = new ComboBox<>("Article");
    final TextField figure = new TextField("Figure as written");
    final TextArea quote = new TextArea("Quote");
    final Button cite = new Button("Cite");
    final Paragraph error = new Paragraph();
    private final ExploreService explore;
    private final ClaimService claims;
    private final LinkingService linking;
    private final AuthenticationContext auth;
    private String pageTitle = "Fact · Factline";
    private long observationId;

    public FactView(ExploreService explore, ClaimService claims, LinkingService linking, SourceService sources,
                    AuthenticationContext auth) {
        this.explore = explore;
        this.claims = claims;
        this.linking = linking;
        this.auth = auth;
        citations.addClassName("cited-list");
        article.setItems(sources.list().stream().filter(Source::isArticle).toList());
        article.setItemLabelGenerator(a -> a.title() + (a.publishedOn() == null ? "" : ", " + a.publishedOn()));
        article.setWidth("min(32rem, 90vw)");
        figure.setHelperText("As the article writes it, e.g. 8.6%");
        quote.setWidth("min(40rem, 90vw)");
        quote.setMaxLength(CitationService.MAX_QUOTE_LENGTH);
        error.addClassName("form-error");
        cite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // One listener for the page's life: the fact it cites is the one shown now.
        cite.addClickListener(e -> {
            if (article.getValue() == null) {
                error.setText("Choose the article that states this figure");
                return;
            }
            try {
                linking.cite(observationId, article.getValue().id(), figure.getValue(), quote.getValue());
                show();
            } catch (Problem ex) {
                error.setText(ex.getMessage());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        observationId = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        citations.removeAll();
        Optional<FactPage> page = observationId < 0 ? Optional.empty() : explore.fact(observationId);
        if (page.isEmpty()) {
            title.setText("No such fact");
            pageTitle = "Unknown fact · Factline";
            add(title, new Paragraph("Factline has no fact with this id."), new Anchor("facts", "All facts"));
            return;
        }
        FactPage p = page.get();
        Observation o = p.observation();
        String value = FigureFormat.format(o.value(), o.unit());
        title.setText(p.indicatorName() + ", " + p.geographyName() + ", " + o.period() + ": " + value);
        pageTitle = p.indicatorName() + " " + p.geographyName() + " " + o.period() + " · Factline";
        Paragraph meta = new Paragraph(o.status().label() + " · vintage " + o.vintage() + " · source: ");
        meta.add(new Anchor("sources/" + p.source().id(), p.source().title()));
        meta.addClassName("lead");
        add(title, meta, new Anchor("indicators/" + o.indicatorCode() + "?geo=" + o.geographyCode(), "The whole series"));
        if (p.citations().isEmpty()) {
            Paragraph none = new Paragraph("No article cites this fact yet.");
            none.addClassName("empty-state");
            add(new H3("Citations"), none);
            addCiteForm();
            return;
        }
        for (FactPage.Cited c : p.citations()) {
            ListItem item = new ListItem();
            item.add(new Span("\u201c" + c.citation().quote() + "\u201d \u2014 "));
            item.add(new Anchor("sources/" + c.article().id(), c.article().title()));
            item.add(new Span(c.article().publishedOn() == null ? "" : ", " + c.article().publishedOn()));
            claims.claim(c.citation().id()).ifPresent(claim -> {
                Span check = new Span(" · " + ClaimText.explanation(claim));
                check.addClassName("verdict");
                item.add(check);
            });
            citations.add(item);
        }
        add(new H3("Citations (" + p.citations().size() + ")"), citations);
        addCiteForm();
    }

    /** For editors: cite this fact in an article, with the figure as written and a quote. */
    private void addCiteForm() {
        if (auth.hasRole("EDITOR")) {
            error.setText("");
            add(new H3("Cite in an article"), article, figure, quote, cite, error);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
