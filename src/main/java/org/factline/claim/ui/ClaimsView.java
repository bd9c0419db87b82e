package org.factline.claim.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.claim.Claim;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimText;
import org.factline.claim.Verdict;
import org.factline.measure.FigureFormat;
import org.factline.shell.LinkedBy;

/**
 * Every cited figure checked against the official data, with filters by verdict and a search over the claim, the
 * article and the series. The filters live in the URL ({@code /claims?verdict=differs&q=kyrgyz}).
 */
@AnonymousAllowed
@Route("claims")
@PageTitle("Claims · Factline")
@Menu(order = 4, title = "Claims")
public class ClaimsView extends VerticalLayout implements BeforeEnterObserver {

    final Select<Verdict> verdict = new Select<>();
    final TextField search = new TextField();
    final Grid<Claim> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final ClaimService claims;
    private boolean restoring;

    public ClaimsView(ClaimService claims) {
        this.claims = claims;
        setSizeFull();
        Paragraph intro = new Paragraph("Each figure an article cites, beside the official value of the same series and "
                + "period. Verdicts follow the precision the article states (8.6% covers 8.55 to 8.65) and are "
                + "recomputed from the data stored now.");
        intro.addClassName("lead");
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> v == null ? "Any" : v.label());
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption("Any");
        search.setLabel("Search");
        search.setPlaceholder("claim, article, indicator or geography");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        verdict.addValueChangeListener(e -> changed());
        search.addValueChangeListener(e -> changed());

        // Eight columns in a row of about 1,000 px: the values keep to their content's width and share cells (the
        // official value and its vintage; who linked the figure and its ClaimReview), so that the claim and its series,
        // which are read as text, have the rest.
        grid.addComponentColumn(c -> new Anchor("sources/" + c.articleId(), c.articleTitle())).setHeader("Article")
                .setKey("article").setFlexGrow(2);
        grid.addColumn(c -> "\u201c" + c.quote() + "\u201d").setHeader("Claim").setKey("claim").setFlexGrow(3);
        grid.addComponentColumn(c -> new Anchor("indicators/" + c.indicatorCode() + "?geo=" + c.geographyCode(),
                        c.indicatorName() + ", " + c.geographyName() + ", " + c.period()))
                .setHeader("Series").setKey("series").setFlexGrow(2);
        grid.addColumn(c -> FigureFormat.format(c.citedValue(), c.unit())).setHeader("Cited").setKey("cited")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ClaimsView::official).setHeader("Official").setKey("official")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Span v = new Span(c.verdict().label());
            v.getElement().getThemeList().add("badge");
            v.getElement().getThemeList().add(switch (c.verdict()) {
                case MATCHES, MATCHES_ROUNDED -> "success";
                case DIFFERS -> "error";
                case REVISED_SINCE -> "contrast";
                case NO_OFFICIAL_DATA -> "";
            });
            v.setTitle(ClaimText.explanation(c));
            if (c.comparisons().isEmpty()) {
                return v;
            }
            // A comparison the claim makes ("the largest drop for 26 years") gets a verdict of its own.
            Div cell = new Div(v);
            for (org.factline.claim.RelativeClaim r : c.comparisons()) {
                Span badge = new Span(r.phrase() + ": " + (r.holds() ? "holds" : "does not hold"));
                badge.getElement().getThemeList().add("badge small " + (r.holds() ? "success" : "error"));
                badge.setTitle(r.explanation());
                badge.getStyle().set("display", "block").set("margin-top", "0.25em");
                cell.add(badge);
            }
            return cell;
        }).setHeader("Verdict").setKey("verdict").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClaimText::difference).setHeader("Difference").setKey("difference")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Anchor review = new Anchor("api/claims/" + c.citationId() + "/claimreview", "ClaimReview");
            review.setTarget(AnchorTarget.BLANK);
            review.getElement().setAttribute("router-ignore", true);
            review.setTitle("This check as schema.org ClaimReview (JSON-LD)");
            review.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            return new Div(LinkedBy.of(c.linkedByLabel(), c.matchScore() != null), review);
        }).setHeader("Linked by").setKey("linkedBy").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        empty.addClassName("empty-state");
        empty.setVisible(false);
        HorizontalLayout filters = new HorizontalLayout(verdict, search);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Claims"), intro, filters, empty, grid);
    }

    private void changed() {
        if (restoring) {
            return;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (verdict.getValue() != null) {
            params.put("verdict", List.of(verdict.getValue().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        if (!search.getValue().isBlank()) {
            params.put("q", List.of(search.getValue().strip()));
        }
        getUI().ifPresent(ui -> ui.navigate("claims", new QueryParameters(params)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            Verdict v = null;
            try {
                v = q.getOrDefault("verdict", List.of()).stream().findFirst().map(Verdict::named).orElse(null);
            } catch (org.factline.problem.InvalidInput ignored) {
                // an unknown verdict in a hand-edited URL lists every claim
            }
            verdict.setValue(v);
            search.setValue(q.getOrDefault("q", List.of("")).get(0));
        } finally {
            restoring = false;
        }
        ClaimFilter filter = new ClaimFilter(verdict.getValue(), null, null, null, search.getValue());
        grid.setItems(page -> claims.page(filter, page.getOffset(), page.getLimit()).stream());
        boolean none = claims.page(filter, 0, 1).isEmpty();
        empty.setVisible(none);
        empty.setText(none ? "No claims match. Link figures on an article's page to check them here." : "");
    }

    /** The official value of the claim's series and period, and below it the vintage it is as of. */
    private static Div official(Claim c) {
        if (c.officialValue() == null) {
            return new Div(new Span("—"));
        }
        return new Div(new Span(FigureFormat.format(c.officialValue(), c.unit())),
                hint(new Span("as of " + c.officialVintage())));
    }

    /** A second line of a cell, smaller and grey. */
    private static Span hint(Span line) {
        line.addClassName("hint");
        line.getStyle().set("display", "block");
        return line;
    }
}
