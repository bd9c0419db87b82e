package org.factline.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.FactlineTest;
import org.factline.measure.Period;
import org.factline.observation.NewObservation;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Citations on a real (in-memory H2) database; each test rolls back. */
@FactlineTest
@Transactional
class CitationServiceTest {

    private static final String TEXT = "Officials said the economy shrank by 8.6% in 2020 and that they sought $100 million.";

    @Autowired
    CitationService citations;
    @Autowired
    ObservationService observations;
    @Autowired
    SourceService sources;

    long article;
    long gdp2020;

    @BeforeEach
    void anArticleWithText() {
        article = sources.findOrCreate(new NewSource(SourceKind.ARTICLE, "https://example.org/news/kyrgyz-economy",
                "Kyrgyz economy shrinks", "Example News", "A. Writer", LocalDate.of(2021, 1, 20), null, TEXT));
        gdp2020 = observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(2020),
                new BigDecimal("-8.6"), "percent", ObservationStatus.PRELIMINARY, article, LocalDate.of(2021, 1, 20)));
    }

    @Test
    void aCitationWithASpanIntoTheStoredTextIsKept() {
        int start = TEXT.indexOf("8.6%");
        long id = citations.add(new NewCitation(gdp2020, article, "8.6%", "the economy shrank by 8.6% in 2020",
                start, start + 4));

        Citation c = citations.forSource(article).get(0);
        assertThat(c.id()).isEqualTo(id);
        assertThat(c.spanStart()).isEqualTo(start);
        assertThat(TEXT.substring(c.spanStart(), c.spanEnd())).isEqualTo("8.6%");
        assertThat(c.statedValue()).isEqualByComparingTo("8.6");
        assertThat(c.statedUnit()).isEqualTo("percent");
        assertThat(citations.forObservations(java.util.List.of(gdp2020)).get(gdp2020)).containsExactly(c);
    }

    @Test
    void aSpanThatDoesNotCoverTheFigureIsRefused() {
        assertThatThrownBy(() -> citations.add(new NewCitation(gdp2020, article, "8.6%",
                "the economy shrank by 8.6% in 2020", 0, 4)))
                .hasMessageContaining("The span 0..4 of the article's text is not the figure '8.6%'");
    }

    @Test
    void aFigureThatDoesNotReadAsTheObservationIsRefused() {
        assertThatThrownBy(() -> citations.add(new NewCitation(gdp2020, article, "8.7%",
                "the economy shrank by 8.7% in 2020", null, null)))
                .hasMessageContaining("'8.7%' states 8.7 but the observation's value is -8.6");
    }

    @Test
    void aFigureMustStandInItsQuote() {
        assertThatThrownBy(() -> citations.add(new NewCitation(gdp2020, article, "8.6%", "the economy shrank", null,
                null)))
                .hasMessageContaining("does not stand in the quote");
    }

    @Test
    void aFigureInAnotherUnitIsRefused() {
        assertThatThrownBy(() -> citations.add(new NewCitation(gdp2020, article, "$8.6", "lost $8.6", null, null)))
                .hasMessageContaining("'$8.6' is in USD but the observation is in percent");
    }

    @Test
    void onlyArticlesCite() {
        long dataset = sources.findByUrl("https://data.worldbank.org/indicator/NY.GDP.MKTP.KD.ZG").orElseThrow().id();
        assertThatThrownBy(() -> citations.add(new NewCitation(gdp2020, dataset, "8.6%", "8.6%", null, null)))
                .hasMessageContaining("is a dataset, not an article");
    }

    @Test
    void theSameUrlIsOneSourceWhateverItsSpelling() {
        long again = sources.findOrCreate(new NewSource(SourceKind.ARTICLE,
                "HTTPS://Example.org:443/news/kyrgyz-economy/?utm_source=x#top", "Another title", null, null, null,
                null, null));
        assertThat(again).isEqualTo(article);
    }

    @Test
    void aRevisedValueNeedsANewerVintage() {
        assertThatThrownBy(() -> observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(2020),
                new BigDecimal("-8.5"), "percent", ObservationStatus.PRELIMINARY, article, LocalDate.of(2021, 1, 20))))
                .hasMessageContaining("a revised value needs a newer vintage");
        long revised = observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(2020),
                new BigDecimal("-8.5"), "percent", ObservationStatus.PRELIMINARY, article, LocalDate.of(2021, 3, 1)));
        assertThat(revised).isNotEqualTo(gdp2020);
        assertThat(observations.find(gdp2020).orElseThrow().value()).isEqualByComparingTo("-8.6");
    }
}
