package org.factline.explore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Facts explorer, the sources pages and the geography page on the seeded data, with Karibu-Testing. */
@FactlineTest
class ExploreViewsTest {

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
    void theFactsExplorerFiltersAndKeepsItsFiltersInTheUrlAndTheExport() {
        UI.getCurrent().navigate("facts", QueryParameters.fromString("geo=KGZ&cited=true"));
        FactsView view = _get(FactsView.class);
        assertThat(view.geographies.getValue()).containsExactly("KGZ");
        assertThat(view.citedOnly.getValue()).isTrue();
        List<List<String>> rows = KaribuViews.rows(view.grid, 20);
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get(3)).containsExactlyInAnyOrder("-8.6%", "$100M", "500,000 doses");
        assertThat(view.export.getHref()).isEqualTo("/api/facts.csv?geo=KGZ&cited=true");

        view.citedOnly.setValue(false);
        view.kind.setValue("dataset");
        view.from.setValue("2019");
        view.to.setValue("2020");
        assertThat(KaribuViews.rows(view.grid, 20)).extracting(r -> r.get(2) + " " + r.get(3))
                .containsExactly("2020 -7.149%", "2019 4.601%");
        assertThat(view.export.getHref()).isEqualTo("/api/facts.csv?geo=KGZ&kind=dataset&from=2019&to=2020");

        view.to.setValue("not a period");
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).contains("'not a period' is not a period");

        view.to.setValue("");
        view.search.setValue("no such indicator anywhere");
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void theFactsExplorerSortsByValue() {
        UI.getCurrent().navigate("facts", QueryParameters.fromString("geo=KGZ&indicator=NY.GDP.MKTP.KD.ZG"));
        FactsView view = _get(FactsView.class);
        GridKt._sortByKey(view.grid, "value", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(2)).isEqualTo("1994");
    }

    @Test
    void theArticlePageShowsEachFigureBesideTheOfficialValue() {
        UI.getCurrent().navigate("sources");
        SourcesView sources = _get(SourcesView.class);
        List<List<String>> list = KaribuViews.rows(sources.grid, 10);
        assertThat(list).anySatisfy(r -> assertThat(r).containsExactly("article",
                "Reset With Russia: Kyrgyzstan's President Heads to Moscow", "The Moscow Times", "2021-02-24", "4", "4"));
        assertThat(list).as("the seed's World Bank file, its count grouped").anySatisfy(r -> assertThat(r)
                .startsWith("dataset").contains("World Bank", "13,851"));
        long id = GridKt._get(sources.grid, list.indexOf(list.stream().filter(r -> r.get(0).equals("article"))
                .findFirst().orElseThrow())).id();

        UI.getCurrent().navigate("sources/" + id);
        SourceView view = _get(SourceView.class);
        assertThat(view.meta.getText()).isEqualTo("article · The Moscow Times · by Paul Bartlett · 2021-02-24 · 4 facts");
        List<List<String>> figures = KaribuViews.rows(view.figures, 10);
        assertThat(figures).anySatisfy(r -> assertThat(r).startsWith("8.6%",
                "GDP growth (annual %), Kyrgyz Republic, 2020", "-8.6% · preliminary", "-7.149%")
                .contains("differs (-1.451 pp)"));
        assertThat(figures).anySatisfy(r -> assertThat(r).startsWith("$100 million",
                "Loan sought from the EAEU Anti-Crisis Fund, Kyrgyz Republic, 2021", "$100M · requested",
                "no official data"));
        assertThat(figures).hasSize(4);
    }

    @Test
    void unknownSourcesAndGeographiesSaySo() {
        UI.getCurrent().navigate("sources/999999");
        assertThat(_get(SourceView.class).title.getText()).isEqualTo("No such source");
        UI.getCurrent().navigate("geographies/XYZ");
        assertThat(_get(GeographyView.class).title.getText()).isEqualTo("No geography \u201cXYZ\u201d");
    }

    @Test
    void theGeographyPageListsEveryIndicatorWithDataThere() {
        UI.getCurrent().navigate("geographies/kgz");
        GeographyView view = _get(GeographyView.class);
        assertThat(view.title.getText()).isEqualTo("Kyrgyz Republic");
        assertThat(view.meta.getText()).isEqualTo("KGZ · country · Europe & Central Asia · Lower middle income");
        List<List<String>> rows = KaribuViews.rows(view.grid, 10);
        assertThat(rows).extracting(r -> r.get(0)).containsExactlyInAnyOrder("GDP growth (annual %)",
                "Loan sought from the EAEU Anti-Crisis Fund", "Sputnik V vaccine doses sought",
                "Share of EAEU import customs revenue allocated to the member state");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("GDP growth (annual %)", "6.151%", "2023",
                "38", "1"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("Sputnik V vaccine doses sought",
                "no official data", "", "1", "1"));
    }
}
