package org.factline.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.factline.FactlineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The dashboard's views, driven server-side with Karibu-Testing on the seeded data. */
@FactlineTest
class IndicatorViewTest {

    private static Routes routes;

    @Autowired
    ApplicationContext ctx;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.factline");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
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
        assertThat(view.chartBox.getChildren().filter(Image.class::isInstance).count()).isEqualTo(1);
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
    void withoutGeographiesThePageShowsTheCitedOnes() {
        UI.getCurrent().navigate("indicators/FL.EAEU.CUSTOMS.SHARE");
        List<List<String>> rows = rows(_get(IndicatorView.class));
        assertThat(rows).singleElement().satisfies(r ->
                assertThat(r).containsSequence("2021", "Russian Federation", "85%", "%", "rule · cited"));
    }

    @Test
    void anUnknownIndicatorSaysSoAndWhatToDo() {
        UI.getCurrent().navigate("indicators/NO.SUCH.CODE");
        IndicatorView view = _get(IndicatorView.class);
        assertThat(view.title.getText()).isEqualTo("No indicator \u201cNO.SUCH.CODE\u201d");
        assertThat(view.notFound.getText()).contains("Open the overview");
    }

    @Test
    void theOverviewListsTheCitedSeriesFirstAndFilters() {
        UI.getCurrent().navigate("");
        OverviewView overview = _get(OverviewView.class);
        List<String> first = GridKt._getFormattedRow(overview.grid, 0);
        assertThat(first).containsExactly("GDP growth (annual %)", "Kyrgyz Republic", "6.151%", "2023", "1");
        // 262 of the 266 geographies in the WDI file have at least one value; plus the three article-only series.
        assertThat(GridKt._size(overview.grid)).isEqualTo(262 + 3);

        overview.search.setValue("sputnik");
        assertThat(GridKt._size(overview.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(overview.grid, 0))
                .containsExactly("Sputnik V vaccine doses sought", "Kyrgyz Republic", "—", "no official data", "1");

        overview.search.setValue("no such thing");
        assertThat(overview.empty.isVisible()).isTrue();
        assertThat(overview.empty.getText()).contains("No series matches \u201cno such thing\u201d");
    }

    private static List<List<String>> rows(IndicatorView view) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            rows.add(GridKt._getFormattedRow(view.grid, i));
        }
        return rows;
    }
}
