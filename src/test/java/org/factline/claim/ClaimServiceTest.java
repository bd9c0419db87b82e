package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.measure.Period;
import org.factline.observation.NewObservation;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Claim checks on the seeded database (real H2); each test rolls back what it adds. */
@FactlineTest
@Transactional
class ClaimServiceTest {

    static final String ARTICLE =
            "https://www.themoscowtimes.com/2021/02/24/reset-with-russia-kyrgyzstans-president-heads-to-moscow-a73048";

    @Autowired
    ClaimService claims;
    @Autowired
    ObservationService observations;
    @Autowired
    SourceService sources;
    @Autowired
    CitationService citations;

    private Claim gdpClaim() {
        return claims.claims(new ClaimFilter(null, "NY.GDP.MKTP.KD.ZG", "KGZ", null, null)).get(0);
    }

    @Test
    void theSeedsGdpFigureDiffersFromTheWorldBanksCurrentValue() {
        Claim gdp = gdpClaim();
        assertThat(gdp.verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(gdp.citedValue()).isEqualByComparingTo("-8.6");
        assertThat(gdp.officialValue()).isEqualByComparingTo("-7.14897757727955");
        assertThat(gdp.officialVintage()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(gdp.difference()).isEqualByComparingTo("-1.45102242272045");
        assertThat(gdp.publicationVintage()).isNull();
        assertThat(gdp.quote()).isEqualTo("economy shrank by 8.6% in 2020, the largest drop for 26 years");
        assertThat(gdp.comparisons()).singleElement().satisfies(r -> {
            assertThat(r.holds()).isTrue();
            assertThat(r.explanation()).startsWith("2020's -7.149% is the lowest since 1994");
        });
    }

    @Test
    void theSeedsCustomsShareMatchesTheTreatysNormAndItsRequestsHaveNoOfficialData() {
        List<Claim> all = claims.claims(ClaimFilter.all());
        assertThat(all).hasSize(4);
        assertThat(all).filteredOn(c -> c.verdict() == Verdict.NO_OFFICIAL_DATA)
                .extracting(Claim::figureText).containsExactlyInAnyOrder("$100 million", "500,000 free doses");
        Claim share = all.stream().filter(c -> c.figureText().equals("85%")).findFirst().orElseThrow();
        assertThat(share.verdict()).isEqualTo(Verdict.MATCHES);
        assertThat(share.officialValue()).isEqualByComparingTo("85.065");
        assertThat(share.officialVintage()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(share.officialSource()).startsWith("Protocol of 1 October 2019 amending the Treaty on the Eurasian");
        assertThat(claims.claims(new ClaimFilter(Verdict.DIFFERS, null, null, null, null))).hasSize(1);
    }

    @Test
    void anOlderVintageThatAgreedMakesItRevisedSince() {
        long wdi2021 = sources.findOrCreate(new NewSource(SourceKind.DATASET, "urn:factline:test:wdi-2021-01",
                "WDI, January 2021 edition", "World Bank", null, null, null, null));
        observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(2020), new BigDecimal("-8.6"),
                "percent", ObservationStatus.OFFICIAL, wdi2021, LocalDate.of(2021, 1, 30)));

        Claim gdp = gdpClaim();
        assertThat(gdp.verdict()).isEqualTo(Verdict.REVISED_SINCE);
        assertThat(gdp.publicationValue()).isEqualByComparingTo("-8.6");
        assertThat(gdp.publicationVintage()).isEqualTo(LocalDate.of(2021, 1, 30));
        assertThat(gdp.officialVintage()).isEqualTo(LocalDate.of(2024, 6, 28));
    }

    @Test
    void newOfficialDataChangesTheVerdictButNeverTheCitation() {
        Citation before = citations.forSource(sources.findByUrl(ARTICLE).orElseThrow().id()).stream()
                .filter(c -> c.figureText().equals("85%")).findFirst().orElseThrow();
        long amendment = sources.findOrCreate(new NewSource(SourceKind.RELEASE,
                "https://example.org/eaeu/annex-5-amended", "EAEU treaty, annex 5 as amended", "EAEU", null, null,
                null, null));
        observations.record(new NewObservation("FL.EAEU.CUSTOMS.SHARE", "RUS", Period.year(2021),
                new BigDecimal("86.2"), "percent", ObservationStatus.RULE, amendment, LocalDate.of(2022, 1, 1)));

        Claim share = claims.claims(new ClaimFilter(null, "FL.EAEU.CUSTOMS.SHARE", "RUS", null, null)).get(0);
        assertThat(share.verdict()).isEqualTo(Verdict.REVISED_SINCE);
        assertThat(share.officialValue()).isEqualByComparingTo("86.2");

        Citation after = citations.forSource(sources.findByUrl(ARTICLE).orElseThrow().id()).stream()
                .filter(c -> c.figureText().equals("85%")).findFirst().orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(observations.find(after.observationId()).orElseThrow().value()).isEqualByComparingTo("85");
    }

    @Test
    void anUnknownCitationHasNoClaim() {
        assertThat(claims.claim(987_654L)).isEmpty();
    }

    @Test
    void twiceAsFastAsRussiaIsCheckedAgainstRussiasOfficialGrowthThatYear() {
        String text = "Kyrgyzstan's economy grew 4.6% in 2019, twice as fast as Russia's.";
        long article = sources.findOrCreate(new NewSource(SourceKind.ARTICLE, "https://example.org/twice-as-fast",
                "Twice as fast", "Example", null, LocalDate.of(2020, 3, 1), null, text));
        long obs = observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(2019),
                new BigDecimal("4.6"), "percent", ObservationStatus.PRELIMINARY, article, LocalDate.of(2020, 3, 1)));
        int start = text.indexOf("4.6%");
        long citation = citations.add(new org.factline.citation.NewCitation(obs, article, "4.6%", text, start,
                start + 4, "editor", null));

        Claim c = claims.claim(citation).orElseThrow();
        assertThat(c.comparisons()).singleElement().satisfies(r -> {
            assertThat(r.phrase()).isEqualTo("twice as fast as Russia");
            assertThat(r.holds()).isTrue();
            assertThat(r.explanation()).isEqualTo("2019's 4.601% is 2.09 times Russian Federation's 2.198%, "
                    + "claimed 2 times — holds");
        });
    }
}
