package org.factline.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Entering an article and linking its figures, on the seeded H2 database; each test rolls back. */
@FactlineTest
@Transactional
@WithMockUser(roles = "EDITOR")
class LinkingServiceTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    static final String TEXT = "Bishkek, 3 March 2021. Kyrgyzstan's economy shrank by 8.6% in 2020, officials said.\n\n"
            + "The government seeks a $100 million loan and expects 500,000 doses of vaccine.";

    @Autowired
    LinkingService linking;
    @Autowired
    SourceService sources;
    @Autowired
    CitationService citations;
    @Autowired
    ObservationService observations;
    @Autowired
    ClaimService claims;
    @Autowired
    JdbcClient jdbc;

    long article;

    @BeforeEach
    void anArticle() {
        article = linking.createArticle(new NewSource(SourceKind.ARTICLE, "https://example.org/news/kyrgyz-economy?utm_source=x",
                "Kyrgyz economy shrinks", "Example News", "A. Writer", LocalDate.of(2021, 3, 3), null, TEXT));
    }

    private Proposal proposal(String figure) {
        return linking.proposals(article).stream().filter(p -> p.candidate().text().equals(figure)).findFirst()
                .orElseThrow();
    }

    @Test
    void proposesEveryFigureWithSuggestionsFromTheTextAndTheSeries() {
        List<Proposal> all = linking.proposals(article);
        assertThat(all).extracting(p -> p.candidate().text()).containsExactly("8.6%", "$100 million", "500,000 doses");
        Suggestion gdp = all.get(0).suggestion();
        assertThat(gdp.indicatorCode()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(gdp.geographyCode()).isEqualTo("KGZ");
        assertThat(gdp.period()).isEqualTo("2020");
        assertThat(gdp.status()).isEqualTo(ObservationStatus.PRELIMINARY);
        assertThat(all.get(1).suggestion().status()).isEqualTo(ObservationStatus.REQUESTED);
        assertThat(all.get(1).suggestion().indicatorCode()).isEqualTo("FL.EAEU.ACF.LOAN");
        assertThat(all).noneMatch(Proposal::linked);
    }

    @Test
    void confirmingCreatesTheObservationAndItsCitationAndAVerdict() {
        Proposal p = proposal("8.6%");
        long citationId = linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.KD.ZG", null, "KGZ", "2020", ObservationStatus.PRELIMINARY, null, null));

        Citation c = citations.find(citationId).orElseThrow();
        assertThat(TEXT.substring(c.spanStart(), c.spanEnd())).isEqualTo("8.6%");
        assertThat(c.quote()).isEqualTo("Kyrgyzstan's economy shrank by 8.6% in 2020, officials said.");
        var o = observations.find(c.observationId()).orElseThrow();
        assertThat(o.value()).isEqualByComparingTo("-8.6");
        assertThat(o.vintage()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(o.sourceId()).isEqualTo(article);
        assertThat(proposal("8.6%").linked()).isTrue();
        assertThat(claims.claim(citationId).orElseThrow().verdict()).isEqualTo(Verdict.DIFFERS);

        assertThatThrownBy(() -> linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.KD.ZG", null, "KGZ", "2020", ObservationStatus.PRELIMINARY, null, null)))
                .hasMessageContaining("'8.6%' is linked already");
    }

    @Test
    void confirmingCanCreateAnIndicator() {
        Proposal p = proposal("500,000 doses");
        long id = linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(), "FL.VACCINE.DOSES",
                "Vaccine doses expected", "KGZ", "2021", ObservationStatus.FORECAST, null, "expects 500,000 doses"));
        assertThat(jdbc.sql("select unit from indicator where code = 'FL.VACCINE.DOSES'").query(String.class).single())
                .isEqualTo("doses");
        assertThat(citations.find(id).orElseThrow().quote()).isEqualTo("expects 500,000 doses");
    }

    @Test
    void badChoicesAreRefusedAndWriteNothing() {
        Proposal p = proposal("8.6%");
        long before = jdbc.sql("select count(*) from observation").query(Long.class).single();
        assertThatThrownBy(() -> linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(),
                "FL.EAEU.ACF.LOAN", null, "KGZ", "2020", ObservationStatus.PRELIMINARY, null, null)))
                .hasMessageContaining("is in USD but the figure is in percent");
        assertThatThrownBy(() -> linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.KD.ZG", null, "KGZ", "last year", ObservationStatus.PRELIMINARY, null, null)))
                .hasMessageContaining("'last year' is not a period");
        assertThatThrownBy(() -> linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.KD.ZG", null, "KGZ", "2020", ObservationStatus.PRELIMINARY, new BigDecimal("-8.5"), null)))
                .hasMessageContaining("states 8.6, not -8.5");
        assertThat(jdbc.sql("select count(*) from observation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAmountInSomsLinksToKyrgyzstansSeriesInLocalCurrencyUnitsAndToNoOtherEconomys() {
        jdbc.sql("insert into indicator (code, name, unit, frequency) values ('NY.GDP.MKTP.CN', 'GDP (current LCU)', "
                + "'LCU', 'A')").update();
        long soms = linking.createArticle(new NewSource(SourceKind.ARTICLE, "https://example.org/news/kyrgyz-gdp",
                "Kyrgyz output", "Example News", null, LocalDate.of(2021, 3, 3), null,
                "Kyrgyzstan's GDP reached 641.4 billion soms in 2020."));
        Proposal p = linking.proposals(soms).get(0);
        assertThat(p.candidate().unit()).isEqualTo("KGS");
        long before = jdbc.sql("select count(*) from observation").query(Long.class).single();
        assertThatThrownBy(() -> linking.confirm(new Confirmation(soms, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.CN", null, "KAZ", "2020", ObservationStatus.PRELIMINARY, null, null)))
                .hasMessageContaining("is in Kazakhstan's local currency, KZT but the figure is in KGS");
        assertThatThrownBy(() -> linking.confirm(new Confirmation(soms, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.CN", null, "WLD", "2020", ObservationStatus.PRELIMINARY, null, null)))
                .hasMessageContaining("is in World's local currency (it has none of its own)");
        assertThat(jdbc.sql("select count(*) from observation").query(Long.class).single()).isEqualTo(before);

        long id = linking.confirm(new Confirmation(soms, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.CN", null, "KGZ", "2020", ObservationStatus.PRELIMINARY, null, null));
        var o = observations.find(citations.find(id).orElseThrow().observationId()).orElseThrow();
        assertThat(o.value()).isEqualByComparingTo("641400000000");
        assertThat(o.unit()).isEqualTo("LCU");
    }

    @Test
    void removingTheLastCitationRemovesTheArticlesObservation() {
        Proposal p = proposal("8.6%");
        long id = linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(),
                "NY.GDP.MKTP.KD.ZG", null, "KGZ", "2020", ObservationStatus.PRELIMINARY, null, null));
        long observation = citations.find(id).orElseThrow().observationId();
        citations.updateQuote(id, "the economy shrank by 8.6% in 2020");
        assertThat(citations.find(id).orElseThrow().quote()).isEqualTo("the economy shrank by 8.6% in 2020");
        assertThatThrownBy(() -> citations.updateQuote(id, "the economy shrank")).hasMessageContaining("does not stand");

        linking.removeCitation(id);
        assertThat(citations.find(id)).isEmpty();
        assertThat(observations.find(observation)).isEmpty();
    }

    @Test
    void onlyEditorsChangeArticlesAndCitations() {
        // The strategy this context's method security reads: another test context may have replaced the global one.
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var editor = strategy.getContext().getAuthentication();
        strategy.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(() -> linking.createArticle(new NewSource(SourceKind.ARTICLE,
                    "https://example.org/anon", "Anonymous", null, null, null, null, "8.6%")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> linking.removeCitation(1L)).isInstanceOf(AccessDeniedException.class);
            assertThat(linking.proposals(article)).hasSize(3);
        } finally {
            strategy.getContext().setAuthentication(editor);
        }
    }

    @Test
    void anArticleIsEnteredOnceAndEditsKeepCitationsRight() {
        assertThatThrownBy(() -> linking.createArticle(new NewSource(SourceKind.ARTICLE,
                "HTTPS://Example.org/news/kyrgyz-economy", "Again", null, null, null, null, null)))
                .hasMessageContaining("already entered, as \"Kyrgyz economy shrinks\"");
        Proposal p = proposal("8.6%");
        linking.confirm(new Confirmation(article, p.candidate().start(), p.candidate().end(), "NY.GDP.MKTP.KD.ZG", null,
                "KGZ", "2020", ObservationStatus.PRELIMINARY, null, null));
        NewSource edited = new NewSource(SourceKind.ARTICLE, "https://example.org/news/kyrgyz-economy",
                "Kyrgyz economy shrinks 8.6%", "Example News", "A. Writer", LocalDate.of(2021, 3, 3), null,
                "Changed: " + TEXT);
        assertThatThrownBy(() -> linking.updateArticle(article, edited)).hasMessageContaining("no longer has '8.6%'");
        assertThat(sources.find(article).orElseThrow().title()).isEqualTo("Kyrgyz economy shrinks");

        linking.updateArticle(article, new NewSource(SourceKind.ARTICLE, "https://example.org/news/kyrgyz-economy",
                "Kyrgyz economy shrinks 8.6%", "Example News", "A. Writer", LocalDate.of(2021, 3, 3), null,
                TEXT + " More later."));
        assertThat(sources.find(article).orElseThrow().title()).isEqualTo("Kyrgyz economy shrinks 8.6%");
    }
}
