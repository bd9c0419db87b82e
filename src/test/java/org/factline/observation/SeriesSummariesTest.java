package org.factline.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.FactlineTest;
import org.factline.citation.CitationService;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportReport;
import org.factline.importer.ImportService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.linking.Confirmation;
import org.factline.linking.LinkingService;
import org.factline.linking.Proposal;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The series summaries and the geography-period counts follow every path that writes observations (import, undo,
 * link, unlink), with no writer refreshing them by hand: after each, every summary equals one recomputed from the
 * observations themselves by the rule of {@link OfficialValues}, and every count the rows of its geography and
 * period. (A restore loads the summaries as exported; {@code BackupServiceTest} compares
 * every table.)
 */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@WithMockUser(roles = "EDITOR")
class SeriesSummariesTest {

    static final Path FIXTURES = Path.of("src/test/resources/import");

    @Autowired
    SeriesSummaries summaries;
    @Autowired
    ObservationService observations;
    @Autowired
    OfficialValues officialValues;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ImportService importer;
    @Autowired
    LinkingService linking;
    @Autowired
    CitationService citations;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyWritePathKeepsTheSummariesRight() {
        assertRight("the seed");

        ImportReport old = importer.commit(FIXTURES.resolve("wdi-gdp-growth-2017.csv"), "wdi-gdp-growth-2017.csv",
                ImportOptions.defaults("test"));
        assertThat(old.committed()).isTrue();
        assertRight("an import of an older edition");
        ImportReport tidy = importer.commit(FIXTURES.resolve("tidy-long.csv"), "tidy-long.csv",
                ImportOptions.defaults("test"));
        assertThat(tidy.added()).isPositive();
        assertRight("an import of new series");

        importer.undo(tidy.importId());
        assertRight("an undo");
        importer.undo(old.importId());
        assertRight("a second undo");

        long article = linking.createArticle(new NewSource(SourceKind.ARTICLE, "https://example.org/summaries",
                "Tajik economy grew", "Example", null, java.time.LocalDate.of(2021, 3, 1), null,
                "Tajikistan's economy grew by 4.5% in 2020, the statistics agency said."));
        Proposal p = linking.proposals(article).get(0);
        long citation = linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.KD.ZG", null, "TJK", "2020", ObservationStatus.PRELIMINARY, null, null));
        assertRight("a link");
        SeriesSummaries.Summary tjk = summaries.ofGeography("TJK").stream()
                .filter(s -> s.series().indicatorCode().equals("NY.GDP.MKTP.KD.ZG")).findFirst().orElseThrow();

        linking.removeCitation(citation);
        assertRight("an unlink");
        assertThat(summaries.ofGeography("TJK").stream()
                .filter(s -> s.series().indicatorCode().equals("NY.GDP.MKTP.KD.ZG")).findFirst().orElseThrow()
                .observations()).isEqualTo(tjk.observations() - 1);
    }

    @Test
    void anImportWrittenInSeveralBatchesKeepsTheSummariesRight(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        // Two daily series over 22,500 days: three batches of the import, each series in all three, so the summary
        // written after the second and third reads rows that batch has just written.
        StringBuilder csv = new StringBuilder("indicator,geo,period,value\n");
        java.time.LocalDate first = java.time.LocalDate.of(1960, 1, 1);
        for (int day = 0; day < 22_500; day++) {
            for (String geo : List.of("KGZ", "TJK")) {
                csv.append("FL.TEST.BATCHES,").append(geo).append(',').append(first.plusDays(day)).append(',')
                        .append(day).append(".25\n");
            }
        }
        Path file = dir.resolve("two-daily-series.csv");
        java.nio.file.Files.writeString(file, csv);

        ImportReport r = importer.commit(file, file.getFileName().toString(), ImportOptions.defaults("test"));
        assertThat(r.committed()).isTrue();
        assertThat(r.added()).isEqualTo(45_000);
        assertRight("an import written in three batches");
        SeriesSummaries.Summary kgz = summaries.ofGeography("KGZ").stream()
                .filter(s -> s.series().indicatorCode().equals("FL.TEST.BATCHES")).findFirst().orElseThrow();
        assertThat(kgz.observations()).isEqualTo(22_500);
        assertThat(kgz.latestValue()).isEqualByComparingTo("22499.25");
        importer.undo(r.importId());
        assertRight("its undo");
    }

    /** Every stored summary is the one the observations give now. */
    private void assertRight(String after) {
        Map<SeriesSummaries.Series, List<Observation>> bySeries = new HashMap<>();
        observations.forEach(new ObservationSelection(null, null, null, null, null, null, null, null),
                o -> bySeries.computeIfAbsent(o.series(), s -> new ArrayList<>()).add(o));
        java.util.Set<Long> official = officialValues.officialSources(bySeries.values().stream().flatMap(List::stream)
                .map(Observation::sourceId).distinct().toList());
        Map<String, String> units = indicators.all().stream().collect(Collectors.toMap(Indicator::code, Indicator::unit));
        Map<SeriesSummaries.Series, SeriesSummaries.Summary> expected = new HashMap<>();
        bySeries.forEach((s, rows) -> {
            List<Observation> latest = OfficialValues.latestByPeriod(rows, units.get(s.indicatorCode()),
                    official::contains).values().stream().sorted(java.util.Comparator.comparing(Observation::period)
                    .reversed()).limit(2).toList();
            expected.put(s, new SeriesSummaries.Summary(s, rows.size(),
                    latest.isEmpty() ? null : latest.get(0).period(), latest.isEmpty() ? null : latest.get(0).value(),
                    latest.size() < 2 ? null : latest.get(1).period(), latest.size() < 2 ? null : latest.get(1).value()));
        });
        Map<SeriesSummaries.Series, SeriesSummaries.Summary> stored = summaries.all().stream()
                .collect(Collectors.toMap(SeriesSummaries.Summary::series, s -> s));
        assertThat(stored).as("the series summaries after " + after).isEqualTo(expected);

        // The geography-period counts (decision 017) too: each geography's rows per period start.
        Map<String, Long> counted = new java.util.TreeMap<>();
        bySeries.values().stream().flatMap(List::stream)
                .forEach(o -> counted.merge(o.geographyCode() + " " + o.period().start(), 1L, Long::sum));
        Map<String, Long> kept = new java.util.TreeMap<>();
        jdbc.sql("select geography_code, period_start, sum(observations) from geography_period_count"
                        + " group by geography_code, period_start having sum(observations) <> 0")
                .query((rs, i) -> kept.put(rs.getString(1) + " " + rs.getObject(2, java.time.LocalDate.class),
                        rs.getLong(3)))
                .list();
        assertThat(kept).as("the geography-period counts after " + after).isEqualTo(counted);
    }
}
