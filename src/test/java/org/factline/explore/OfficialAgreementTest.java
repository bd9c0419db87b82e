package org.factline.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.FactlineTest;
import org.factline.claim.Claim;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimText;
import org.factline.measure.Period;
import org.factline.observation.NewObservation;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.source.NewSource;
import org.factline.source.Source;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * For every citation of every article, the article page's "official" value and difference are the verdict's own,
 * however many vintages, units and sources the series has.
 */
@FactlineTest
@Transactional
class OfficialAgreementTest {

    @Autowired
    ExploreService explore;
    @Autowired
    ClaimService claims;
    @Autowired
    SourceService sources;
    @Autowired
    ObservationService observations;

    @Test
    void theArticlePageShowsTheVerdictsOfficialValueAndDifference() {
        long older = sources.findOrCreate(new NewSource(SourceKind.DATASET, "urn:factline:test:wdi-2021",
                "WDI, 2021 edition", "World Bank", null, null, null, null));
        observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(2020), new BigDecimal("-8.6"),
                "percent", ObservationStatus.OFFICIAL, older, LocalDate.of(2021, 1, 30)));
        long estimate = sources.findOrCreate(new NewSource(SourceKind.RELEASE, "https://example.org/imf-estimate",
                "An estimate", "IMF", null, null, null, null));
        observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(2020), new BigDecimal("-9.9"),
                "percent", ObservationStatus.ESTIMATE, estimate, LocalDate.of(2025, 1, 1)));

        int checked = 0;
        for (Source s : sources.list()) {
            if (!s.isArticle()) {
                continue;
            }
            for (CitedFigure f : explore.article(s.id()).orElseThrow().figures()) {
                Claim verdict = claims.claim(f.citation().id()).orElseThrow();
                assertThat(f.officialValue()).as(f.citation().figureText()).isEqualTo(verdict.officialValue());
                assertThat(f.officialVintage()).isEqualTo(verdict.officialVintage());
                assertThat(ClaimText.difference(f.claim())).isEqualTo(ClaimText.difference(verdict));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4);
        Claim gdp = claims.claims(org.factline.claim.ClaimFilter.all()).stream()
                .filter(c -> c.figureText().equals("8.6%")).findFirst().orElseThrow();
        assertThat(gdp.officialVintage()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(gdp.verdict().label()).isEqualTo("revised since");
    }
}
