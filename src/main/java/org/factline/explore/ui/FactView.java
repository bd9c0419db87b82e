package org.factline.explore.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimText;
import org.factline.explore.ExploreService;
import org.factline.explore.ExploreService.FactPage;
import org.factline.measure.FigureFormat;
import org.factline.observation.Observation;

/** One fact: its value, series, period, status, source and vintage, and every article that cites it. */
@AnonymousAllowed
@Route("facts/:id")
public class FactView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final UnorderedList citations = new UnorderedList();
    private final ExploreService explore;
    private final ClaimService claims;
    private String pageTitle = "Fact · Factline";

    public FactView(ExploreService explore, ClaimService claims) {
        this.explore = explore;
        this.claims = claims;
        citations.addClassName("cited-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        citations.removeAll();
        Optional<FactPage> page = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong).flatMap(explore::fact);
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
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
