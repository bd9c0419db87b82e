package org.factline.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Path;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** The Indicators page on the seed plus a sample of the real WDI catalog file. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CatalogViewTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ImportService importer;

    @BeforeEach
    void setUp() {
        Path sample = Path.of("src/test/resources/import/WDISeries-sample.csv");
        assertThat(importer.commit(sample, "WDISeries-sample.csv", ImportOptions.defaults("test")).refusal()).isNull();
        KaribuViews.setUp(ctx);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
    }

    @Test
    void aSearchRanksTheCatalogAndKeepsItsStateInTheUrl() {
        UI.getCurrent().navigate("indicators", QueryParameters.fromString("q=inflation"));
        CatalogView view = _get(CatalogView.class);
        assertThat(GridKt._size(view.grid)).isPositive();
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("Financial Sector: Exchange rates & prices");
        assertThat(view.grid.getListDataView().getItem(0).code()).isEqualTo("FP.CPI.TOTL.ZG");
        assertThat(view.count.getText()).matches("\\d{1,3}(,\\d{3})* of \\d{1,3}(,\\d{3})* indicators");

        view.search.setValue("growth");
        assertThat(view.grid.getListDataView().getItem(0).code()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(view.grid.getListDataView().getItem(0).geographies()).isGreaterThan(200);
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(3)).isEqualTo("2023");
    }

    @Test
    void aTopicAreaNarrowsTheListAndEveryAreaShowsItsCount() {
        UI.getCurrent().navigate("indicators", QueryParameters.fromString("topic=Health"));
        CatalogView view = _get(CatalogView.class);
        assertThat(view.topic.getValue()).isEqualTo("Health");
        assertThat(view.topic.getItemLabelGenerator().apply("Health")).matches("Health \\(\\d+\\)");
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            assertThat(view.grid.getListDataView().getItem(i).topic()).startsWith("Health");
        }
        view.search.setValue("no such indicator anywhere");
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("No indicator matches");
    }
}
