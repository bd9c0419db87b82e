package org.factline.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factline.PostgresTestDatabase;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.problem.InvalidInput;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule of decision 006 on the observation module alone (with the modules it stands on and the geographies for
 * the foreign keys): no seed, no web layer. Which statuses, sources and units count, and which vintage wins.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "geography")
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles("test")
@Transactional
class OfficialValuesTest {

    static final Period Y2020 = Period.year(2020);

    @Autowired
    OfficialValues officialValues;
    @Autowired
    ObservationService observations;
    @Autowired
    SourceService sources;
    @Autowired
    IndicatorService indicators;
    @Autowired
    GeographyService geographies;

    long wdi2021;
    long wdi2024;
    long imf;
    long treaty;
    long article;

    @BeforeEach
    void setUp() {
        geographies.save(new Geography("KGZ", "Kyrgyz Republic", GeographyKind.COUNTRY, null, null));
        indicators.save(new Indicator("GROWTH", "GDP growth (annual %)", "percent", Frequency.ANNUAL, null, null));
        wdi2021 = dataset("urn:test:wdi-2021");
        wdi2024 = dataset("urn:test:wdi-2024");
        imf = sources.findOrCreate(new NewSource(SourceKind.RELEASE, "https://example.org/imf", "IMF release", "IMF",
                null, null, null, null));
        treaty = sources.findOrCreate(new NewSource(SourceKind.RELEASE, "https://example.org/treaty", "Treaty", null,
                null, null, null, null));
        article = sources.createArticle(new NewSource(SourceKind.ARTICLE, "https://example.org/news", "News", null,
                null, LocalDate.of(2021, 2, 24), null, null));
    }

    private long dataset(String urn) {
        return sources.findOrCreate(new NewSource(SourceKind.DATASET, urn, urn, "World Bank", null, null, null, null));
    }

    private void record(String value, String unit, ObservationStatus status, long source, LocalDate vintage) {
        observations.record(new NewObservation("GROWTH", "KGZ", Y2020, new BigDecimal(value), unit, status, source,
                vintage));
    }

    private List<OfficialValues.Official> official(String unit) {
        OfficialValues.Key key = new OfficialValues.Key("GROWTH", "KGZ", Y2020, unit);
        return officialValues.vintages(List.of(key)).get(key);
    }

    @Test
    void theLatestOfficialVintageWinsAndEstimatesAndArticlesDoNotCount() {
        record("-8.6", "percent", ObservationStatus.OFFICIAL, wdi2021, LocalDate.of(2021, 1, 30));
        record("-7.149", "percent", ObservationStatus.OFFICIAL, wdi2024, LocalDate.of(2024, 6, 28));
        record("-9.9", "percent", ObservationStatus.ESTIMATE, imf, LocalDate.of(2025, 1, 1));
        record("-8.0", "percent", ObservationStatus.PRELIMINARY, article, LocalDate.of(2021, 2, 24));
        record("-1.2", "index", ObservationStatus.OFFICIAL, wdi2024, LocalDate.of(2025, 3, 1));

        assertThat(official("percent")).extracting(o -> o.value().toPlainString(), OfficialValues.Official::vintage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("-7.149", LocalDate.of(2024, 6, 28)),
                        org.assertj.core.groups.Tuple.tuple("-8.6", LocalDate.of(2021, 1, 30)));
        assertThat(official("index")).extracting(o -> o.value().toPlainString()).containsExactly("-1.2");
    }

    @Test
    void aRuleFromAReleaseIsOfficialButTheSameFromAnArticleIsNot() {
        record("85", "percent", ObservationStatus.RULE, article, LocalDate.of(2021, 2, 24));
        assertThat(official("percent")).isEmpty();
        record("85.32", "percent", ObservationStatus.RULE, treaty, LocalDate.of(2015, 1, 1));
        assertThat(official("percent")).extracting(o -> o.value().toPlainString()).containsExactly("85.32");
    }

    @Test
    void anArticlesFigureCannotBeRecordedAsOfficial() {
        assertThatThrownBy(() -> record("-8.6", "percent", ObservationStatus.OFFICIAL, article,
                LocalDate.of(2021, 2, 24))).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("An article's figure is not official data");
    }

    @Test
    void inMemoryTheSameRuleHolds() {
        record("-8.6", "percent", ObservationStatus.OFFICIAL, wdi2021, LocalDate.of(2021, 1, 30));
        record("-7.149", "percent", ObservationStatus.OFFICIAL, wdi2024, LocalDate.of(2024, 6, 28));
        record("-9.9", "percent", ObservationStatus.ESTIMATE, imf, LocalDate.of(2025, 1, 1));
        List<Observation> all = new java.util.ArrayList<>();
        observations.forEach(ObservationSelection.series("GROWTH", List.of("KGZ"), null, null), all::add);
        Map<Period, Observation> latest = OfficialValues.latestByPeriod(all, "percent",
                officialValues.officialSources(all.stream().map(Observation::sourceId).toList())::contains);
        assertThat(latest.get(Y2020).value()).isEqualByComparingTo("-7.149");
    }
}
