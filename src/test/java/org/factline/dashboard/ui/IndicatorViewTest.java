package org.factline.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.factline.dashboard.SeriesSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The dashboard's views, driven server-side with Karibu-Testing on the seeded data. */
@FactlineTest
class IndicatorViewTest {

    @Autowired
    ApplicationContext ctx;

    @BeforeEach
    void setUpVaadin() {
        KaribuViews.setUp(ctx);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuViews.tearDown();
    }

    @Test
    void theKyrgyzGdpPageShowsTheCitedAndTheOfficialFigureAsReadersWriteThem() {
        UI.getCurrent().navigate("indicators/NY.GDP.MKTP.KD.ZG", QueryParameters.fromString("geo=KGZ"));
        IndicatorView view = _get(IndicatorView.class);

        assertThat(view.title.getText()).isEqualTo("GDP growth (annual %)");
        List<List<String>> rows = rows(view);
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence("2020", "Kyrgyz Republic", "-8.6%", "%",
                "preliminary · cited", "2021-02-24"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence("2020", "Kyrgyz Republic", "-7.149%", "%",
                "official", "2024-06-28"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("Kyrgyz Republic"));
        assertThat(rows.get(0).get(0)).isEqualTo("2023");
        assertThat(view.chartBox.getElement().getChildren().filter(e -> e.getTag().equals("object")).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.getAttribute("type")).isEqualTo("image/svg+xml");
                    assertThat(e.getAttribute("aria-label")).contains("GDP growth (annual %), Kyrgyz Republic");
                });
        assertThat(view.geographies.getSelectedItems()).extracting(g -> g.code()).containsExactly("KGZ");
    }

    @Test
    void choosingAnotherGeographyPutsItInTheUrl() {
        UI.getCurrent().navigate("indicators/NY.GDP.MKTP.KD.ZG", QueryParameters.fromString("geo=KGZ"));
        IndicatorView view = _get(IndicatorView.class);
        view.geographies.select(view.geographies.getListDataView().getItems()
                .filter(g -> g.code().equals("RUS")).findFirst().orElseThrow());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("indicators/NY.GDP.MKTP.KD.ZG?geo=KGZ%2CRUS");
        IndicatorView shown = _get(IndicatorView.class);
        assertThat(rows(shown)).extracting(r -> r.get(1)).contains("Kyrgyz Republic", "Russian Federation");
    }

    @Test
    void rangeTransformAndVintageComeFromTheUrlAndGoBackIntoIt() {
        UI.getCurrent().navigate("indicators/NY.GDP.MKTP.KD.ZG",
                QueryParameters.fromString("geo=KGZ&from=2019&to=2021&transform=change"));
        IndicatorView view = _get(IndicatorView.class);
        assertThat(view.from.getValue()).isEqualTo("2019");
        assertThat(view.transform.getValue()).isEqualTo(org.factline.dashboard.Transform.CHANGE);
        assertThat(rows(view)).extracting(r -> r.get(0)).containsExactly("2021", "2020", "2020", "2019");
        assertThat(view.downloads.getElement().getTextRecursively()).contains("Chart (PNG)", "Data (CSV)");
        List<String> hrefs = view.downloads.getChildren()
                .filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                .map(a -> ((com.vaadin.flow.component.html.Anchor) a).getHref()).toList();
        assertThat(hrefs).containsExactly(
                "/api/charts/NY.GDP.MKTP.KD.ZG/KGZ.png?from=2019&to=2021&transform=change",
                "/api/charts/NY.GDP.MKTP.KD.ZG/KGZ.svg?from=2019&to=2021&transform=change",
                "/api/facts.csv?indicator=NY.GDP.MKTP.KD.ZG&geo=KGZ&from=2019&to=2021");
        assertThat(view.sources.getElement().getTextRecursively()).contains("Suggested citation: World Bank (2024).");
        assertThat(view.cited.getElement().getTextRecursively())
                .contains("-8.6% for Kyrgyz Republic, 2020 (preliminary), cited by", "Reset With Russia");

    }

    @Test
    void badUrlParametersAreIgnoredWithAMessage() {
        UI.getCurrent().navigate("indicators/NY.GDP.MKTP.KD.ZG", QueryParameters.fromString("geo=KGZ&from=soon&transform=log"));
        IndicatorView view = _get(IndicatorView.class);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "\u201csoon\u201d is not a valid from; \u201clog\u201d is not a valid transform: ignored");
        assertThat(rows(view)).hasSizeGreaterThan(30);
    }

    @Test
    void withoutGeographiesThePageShowsTheCitedOnes() {
        UI.getCurrent().navigate("indicators/FL.EAEU.CUSTOMS.SHARE");
        List<List<String>> rows = rows(_get(IndicatorView.class));
        // Russia, the one geography cited: the article's 85% and the treaty's norms for 2020 and 2021.
        assertThat(rows).hasSize(3);
        assertThat(rows).anySatisfy(r ->
                assertThat(r).containsSequence("2021", "Russian Federation", "85%", "%", "rule · cited"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence("2021", "Russian Federation", "85.065%"));
    }

    @Test
    void anUnknownIndicatorSaysSoAndWhatToDo() {
        UI.getCurrent().navigate("indicators/NO.SUCH.CODE");
        IndicatorView view = _get(IndicatorView.class);
        assertThat(view.title.getText()).isEqualTo("No indicator \u201cNO.SUCH.CODE\u201d");
        assertThat(view.notFound.getText()).contains("Open the overview");
    }

    @Test
    void theOverviewShowsACardPerSeriesTheCitedFirstAndFilters() {
        UI.getCurrent().navigate("");
        OverviewView overview = _get(OverviewView.class);
        // 262 of the 266 geographies in the WDI file have at least one value; plus the three article-only series
        // and the EAEU's customs-revenue norms for its four other members.
        assertThat(overview.shown(1000)).hasSize(262 + 3 + 4);
        assertThat(overview.shown(1000).subList(0, 4)).allSatisfy(s -> assertThat(s.citations()).isEqualTo(1));
        SeriesSummary kgz = overview.shown(1000).stream().filter(s -> s.geographyCode().equals("KGZ")
                && s.indicatorCode().equals("NY.GDP.MKTP.KD.ZG")).findFirst().orElseThrow();
        assertThat(overview.card(kgz).getElement().getTextRecursively())
                .contains("GDP growth (annual %)", "Kyrgyz Republic", "6.151%", "2023",
                        "\u25BC -2.816 pp from 2022", "1 citation, last 2021-02-24");

        overview.search.setValue("sputnik");
        assertThat(overview.shown(1000)).singleElement().satisfies(s ->
                assertThat(overview.card(s).getElement().getTextRecursively())
                        .contains("Sputnik V vaccine doses sought", "Kyrgyz Republic", "no official data"));

        overview.search.clear();
        overview.geography.setValue("RUS");
        assertThat(overview.shown(1000)).extracting(SeriesSummary::indicatorCode)
                .containsExactly("FL.EAEU.CUSTOMS.SHARE", "NY.GDP.MKTP.KD.ZG");
        overview.indicator.setValue("NY.GDP.MKTP.KD.ZG");
        assertThat(overview.shown(1000)).hasSize(1);

        overview.geography.clear();
        overview.indicator.clear();
        overview.search.setValue("no such thing");
        assertThat(overview.empty.isVisible()).isTrue();
        assertThat(overview.empty.getText()).contains("No series matches these filters");
    }

    @Test
    void textInCardsIsText() {
        UI.getCurrent().navigate("");
        OverviewView overview = _get(OverviewView.class);
        SeriesSummary hostile = new SeriesSummary("<b>X</b>", "<img src=x onerror=alert(1)>", "KGZ", "<i>K</i>",
                "percent", null, null, null, null, 0, null);
        String html = overview.card(hostile).getElement().getOuterHTML();
        assertThat(html).doesNotContain("<img src=x").doesNotContain("<i>K</i>").contains("&lt;img src=x");
    }

    private static List<List<String>> rows(IndicatorView view) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            rows.add(GridKt._getFormattedRow(view.grid, i));
        }
        return rows;
    }
}
