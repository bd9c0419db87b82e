package org.factline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** A series page as of any vintage, and which values a newer edition changed. */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardServiceTest {

    private static final Path FIXTURES = Path.of("src/test/resources/import");
    private static boolean imported;

    @Autowired
    DashboardService dashboard;
    @Autowired
    ImportService importer;

    @BeforeAll
    static void reset() {
        imported = false;
    }

    private void twoEditions() {
        if (!imported) {
            for (String edition : List.of("wdi-gdp-growth-2017.csv", "wdi-gdp-growth-2024.csv")) {
                assertThat(importer.commit(FIXTURES.resolve(edition), edition, ImportOptions.defaults("test")).refused())
                        .isFalse();
            }
            imported = true;
        }
    }

    private static List<String> rows(SeriesPage page) {
        return page.rows().stream().map(r -> r.observation().period() + " " + r.observation().value().toPlainString()
                + " @" + r.observation().vintage() + (r.isRevision() ? " was " + r.previousValue().toPlainString()
                + " @" + r.previousVintage() : "")).toList();
    }

    @Test
    void theLatestViewShowsBothVintagesAndMarksTheRevisions() {
        twoEditions();
        SeriesPage page = dashboard.seriesPage(SeriesRequest.of("NY.GDP.PCAP.KD.ZG", "KGZ")).orElseThrow();
        assertThat(page.vintages()).containsExactly(LocalDate.of(2024, 6, 28), LocalDate.of(2017, 9, 15));
        assertThat(rows(page)).containsExactly(
                "2017 4.74 @2024-06-28",
                "2016 4.34 @2024-06-28 was 3.8 @2017-09-15",
                "2016 3.8 @2017-09-15",
                "2015 3.88 @2024-06-28 was 3.87 @2017-09-15",
                "2015 3.87 @2017-09-15",
                "2014 4.02 @2017-09-15");
        // The chart's official line takes each period's latest vintage.
        assertThat(page.chart().lines()).singleElement().satisfies(line ->
                assertThat(line.points()).extracting(p -> p.value()).containsExactly(4.02, 3.88, 4.34, 4.74));
    }

    @Test
    void anOlderVintageShowsWhatWasKnownThen() {
        twoEditions();
        SeriesPage page = dashboard.seriesPage(new SeriesRequest("NY.GDP.PCAP.KD.ZG", List.of("KGZ"), LocalDate.of(2020, 1, 1), null, null, null))
                .orElseThrow();
        assertThat(rows(page)).containsExactly("2016 3.8 @2017-09-15", "2015 3.87 @2017-09-15", "2014 4.02 @2017-09-15");
        assertThat(page.chart().lines().get(0).points()).extracting(p -> p.value()).containsExactly(4.02, 3.87, 3.8);
    }

    @Test
    void aRangeAndATransformApplyToTheChartWhileTheTableKeepsTheValues() {
        SeriesPage page = dashboard.seriesPage(new SeriesRequest("NY.GDP.MKTP.KD.ZG", List.of("KGZ"), null,
                org.factline.measure.Period.year(2019), org.factline.measure.Period.year(2021), Transform.CHANGE))
                .orElseThrow();
        assertThat(page.rows()).extracting(r -> r.observation().period().toString())
                .containsExactly("2021", "2020", "2020", "2019");
        assertThat(page.chart().title()).isEqualTo("GDP growth (annual %): Change");
        assertThat(page.chart().valueAxisLabel()).isEqualTo("pp");
        assertThat(page.chart().markers()).isEmpty();
        // 2019 has no previous year inside the range, so the change starts in 2020.
        assertThat(page.chart().lines().get(0).points()).extracting(p -> Math.round(p.value() * 1000) / 1000.0)
                .containsExactly(-11.750, 12.656);
    }

    @Test
    void suggestedCitationsNameThePublisherTitleCodeVintageAndUrl() {
        SeriesPage page = dashboard.seriesPage(SeriesRequest.of("NY.GDP.MKTP.KD.ZG", "KGZ")).orElseThrow();
        List<String> citations = page.sources().stream()
                .map(s -> SuggestedCitation.of(s, page.indicator(), page.latestVintage(s))).toList();
        assertThat(citations).containsExactly(
                "World Bank (2024). World Development Indicators: GDP growth (annual %) [NY.GDP.MKTP.KD.ZG], as of "
                        + "2024-06-28. https://data.worldbank.org/indicator/NY.GDP.MKTP.KD.ZG, retrieved through Factline.",
                "Paul Bartlett, \u201cReset With Russia: Kyrgyzstan's President Heads to Moscow\u201d, The Moscow Times, "
                        + "2021-02-24. https://www.themoscowtimes.com/2021/02/24/reset-with-russia-kyrgyzstans-president"
                        + "-heads-to-moscow-a73048");
    }

    @Test
    void theSeedPageAsOfTheArticleDateShowsOnlyTheCitedFigure() {
        SeriesPage page = dashboard.seriesPage(new SeriesRequest("NY.GDP.MKTP.KD.ZG", List.of("KGZ"), LocalDate.of(2021, 2, 24), null, null, null))
                .orElseThrow();
        assertThat(rows(page)).containsExactly("2020 -8.6 @2021-02-24");
        assertThat(page.chart().markers()).singleElement().satisfies(m ->
                assertThat(m.label()).isEqualTo("-8.6% preliminary (The Moscow Times) · check: differs (-1.451 pp)"));
    }
}
