package org.factline.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.factline.claim.ui.ClaimsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** Entering an article, linking one of its figures and finding its verdict on /claims, with Karibu-Testing. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LinkingViewsTest {

    static final String TEXT = "Bishkek, 3 March 2021. Kyrgyzstan's economy shrank by 8.6% in 2020, officials said. "
            + "The government seeks a $100 million loan <script>alert(1)</script>.";

    @Autowired
    ApplicationContext ctx;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void setUpVaadin() {
        KaribuViews.setUp(ctx);
        KaribuViews.login("editor", "EDITOR");
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuViews.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static Grid<?> claimsGrid() {
        return _get(_get(ClaimsView.class), Grid.class, spec -> { });
    }

    private static void enterArticle(String url, String title) {
        UI.getCurrent().navigate("sources");
        ButtonKt._click(_get(SourcesView.class).newArticle);
        ArticleForm form = _get(ArticleForm.class);
        form.url.setValue(url);
        form.title.setValue(title);
        form.publisher.setValue("Example News");
        form.published.setValue(LocalDate.of(2021, 3, 3));
        form.text.setValue(TEXT);
        ButtonKt._click(form.save);
    }

    @Test
    void pasteAnArticleLinkAFigureAndSeeItsVerdict() {
        enterArticle("https://example.org/news/kyrgyz-economy-karibu", "Kyrgyz <b>economy</b> shrinks");
        SourceView page = _get(SourceView.class);
        assertThat(page.title.getText()).isEqualTo("Kyrgyz <b>economy</b> shrinks");
        assertThat(page.title.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        List<List<String>> proposals = KaribuViews.rows(page.proposals, 50);
        assertThat(proposals).extracting(r -> r.get(0)).containsExactly("8.6%", "$100 million");
        assertThat(proposals.get(0).get(2)).isEqualTo("-8.6%");

        ButtonKt._click((Button) GridKt._getCellComponent(page.proposals, 0, "link"));
        LinkDialog dialog = _get(LinkDialog.class);
        assertThat(dialog.indicator.getValue().code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(dialog.geography.getValue().code()).isEqualTo("KGZ");
        assertThat(dialog.period.getValue()).isEqualTo("2020");
        assertThat(dialog.value.getValue()).isEqualTo("-8.6");

        dialog.period.setValue("sometime");
        ButtonKt._click(dialog.confirm);
        assertThat(dialog.error.getText()).contains("'sometime' is not a period");
        dialog.period.setValue("2020");
        ButtonKt._click(dialog.confirm);

        SourceView after = _get(SourceView.class);
        assertThat(GridKt._getCellComponent(after.proposals, 0, "link").getElement().getText()).isEqualTo("linked");
        List<List<String>> cited = KaribuViews.rows(after.figures, 50);
        assertThat(cited).hasSize(1);
        assertThat(cited.get(0).get(0)).isEqualTo("8.6%");
        assertThat(cited.get(0).get(5)).isEqualTo("differs (-1.451 pp)");

        // After the page reloaded, Edit opens one dialog (not one per reload) and saves the change.
        ButtonKt._click(after.edit);
        ArticleForm edit = _get(ArticleForm.class);
        edit.title.setValue("Kyrgyz economy shrinks, corrected");
        ButtonKt._click(edit.save);
        assertThat(_get(SourceView.class).title.getText()).isEqualTo("Kyrgyz economy shrinks, corrected");

        UI.getCurrent().navigate("claims", QueryParameters.fromString("verdict=differs&q=karibu"));
        assertThat(KaribuViews.rows(claimsGrid(), 50)).isEmpty();
        UI.getCurrent().navigate("claims", QueryParameters.fromString("verdict=differs&q=shrinks"));
        List<List<String>> claims = KaribuViews.rows(claimsGrid(), 50);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get(1)).contains("shrank by 8.6% in 2020");
        assertThat(claims.get(0).get(6)).isEqualTo("-1.451 pp");
        // The official value and its vintage share a cell; who linked the figure and its ClaimReview share another.
        assertThat(GridKt._getCellComponent(claimsGrid(), 0, "official").getElement().getTextRecursively())
                .isEqualTo("-7.149%as of 2024-06-28");
        assertThat(GridKt._getCellComponent(claimsGrid(), 0, "linkedBy").getElement().getTextRecursively())
                .endsWith("ClaimReview");
    }

    @Test
    void anArticleIsNotEnteredTwice() {
        enterArticle("https://example.org/news/twice", "Once");
        enterArticle("https://EXAMPLE.org/news/twice#top", "Twice");
        ArticleForm form = _get(ArticleForm.class);
        assertThat(form.error.getText()).contains("already entered, as \"Once\"");
    }

    @Test
    void theClaimsPageListsTheSeedsVerdicts() {
        UI.getCurrent().navigate("claims");
        ClaimsView view = _get(ClaimsView.class);
        assertThat(KaribuViews.rows(claimsGrid(), 50)).hasSizeGreaterThanOrEqualTo(4);
        UI.getCurrent().navigate("claims", QueryParameters.fromString("verdict=no-official-data"));
        assertThat(KaribuViews.rows(claimsGrid(), 50)).extracting(r -> r.get(3))
                .contains("$100M", "500,000 doses").doesNotContain("85%");
        UI.getCurrent().navigate("claims", QueryParameters.fromString("verdict=matches"));
        assertThat(KaribuViews.rows(claimsGrid(), 50)).extracting(r -> r.get(3)).contains("85%");
    }

    @Test
    void aFactIsCitedInAnotherArticleFromItsPage() {
        enterArticle("https://example.org/news/second-source", "A second source");
        long seedFigure = jdbc.sql("select observation_id from citation where figure_text = '8.6%'").query(Long.class)
                .single();
        UI.getCurrent().navigate("facts/" + seedFigure);
        FactView fact = _get(FactView.class);
        assertThat(fact.citations.getChildren().count()).isEqualTo(1);

        ButtonKt._click(fact.cite);
        assertThat(fact.error.getText()).isEqualTo("Choose the article that states this figure");
        fact.article.setValue(fact.article.getListDataView().getItems()
                .filter(a -> a.title().equals("A second source")).findFirst().orElseThrow());
        fact.figure.setValue("8.6%");
        fact.quote.setValue("the economy shrank");
        ButtonKt._click(fact.cite);
        assertThat(fact.error.getText()).contains("The figure '8.6%' does not stand in the quote");

        fact.quote.setValue("Kyrgyzstan's economy shrank by 8.6% in 2020");
        ButtonKt._click(fact.cite);
        assertThat(fact.citations.getChildren().count()).isEqualTo(2);
        assertThat(fact.citations.getElement().getTextRecursively()).contains("A second source");
        Integer span = jdbc.sql("select span_start from citation c join source s on s.id = c.source_id "
                + "where s.title = 'A second source'").query(Integer.class).single();
        assertThat(TEXT.substring(span, span + 4)).isEqualTo("8.6%");
    }
}
