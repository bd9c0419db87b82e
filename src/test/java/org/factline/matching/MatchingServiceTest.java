package org.factline.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factline.FactlineTest;
import org.factline.claim.Verdict;
import org.factline.linking.ArticleIntake;
import org.factline.linking.LinkingService;
import org.factline.measure.Period;
import org.factline.problem.Conflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles coming in through the intake on the seeded H2 database (GDP growth of every economy, WDI 2024-06-28):
 * the sure figures are linked by the matcher, the rest wait in the review queue, and an editor's decisions are
 * recorded and undone. Each test rolls back.
 */
@FactlineTest
@Transactional
@WithMockUser(username = "reviewer", roles = "EDITOR")
class MatchingServiceTest {

    static final String TEXT = "BISHKEK, 1 March 2024. Kyrgyzstan's economy grew 4.6% in 2019, the statistics "
            + "committee said, before it shrank by 8.6% in 2020. Inflation reached 9.7% in December 2020.";

    @Autowired
    ArticleIntake intake;
    @Autowired
    MatchingService matching;
    @Autowired
    LinkingService linking;
    @Autowired
    ReviewService review;
    @Autowired
    org.factline.source.SourceService sources;
    @Autowired
    WaitingFigures waitingFigures;
    @Autowired
    org.factline.citation.CitationService citations;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    long article;

    @BeforeEach
    void anArticleComesIn() {
        article = intake.add(new ArticleIntake.Incoming("https://example.org/kg-economy", "Kyrgyz economy",
                "Example Wire", null, LocalDate.of(2024, 3, 1), TEXT)).id();
    }

    /** The database's answer agrees with the report it stands in for: something waits, or nothing does. */
    private boolean waits() {
        boolean quick = waitingFigures.articles().contains(article);
        assertThat(quick).as("articles with a figure waiting")
                .isEqualTo(matching.report(article).stream().anyMatch(FigureReport::waiting));
        return quick;
    }

    private FigureReport figure(String text) {
        return matching.report(article).stream().filter(r -> r.figure().text().equals(text)).findFirst()
                .orElseThrow();
    }

    @Test
    void aCountryNamedOnlyByAnAdjectiveOfTheSeedsListIsFound() {
        long thai = intake.add(new ArticleIntake.Incoming("https://example.org/th-growth", "Slow year", "Example Wire",
                null, LocalDate.of(2024, 3, 1), "The Thai economy grew 1.9% in 2023, the planning agency said."))
                .id();
        FigureReport grew = matching.report(thai).stream().filter(r -> r.figure().text().equals("1.9%")).findFirst()
                .orElseThrow();
        assertThat(grew.candidates().get(0).geographyCode()).isEqualTo("THA");
        assertThat(grew.candidates().get(0).indicatorCode()).isEqualTo("NY.GDP.MKTP.KD.ZG");
    }

    @Test
    void aFigureTheDataConfirmsIsLinkedByTheMatcherOnArrivalAndMarkedAsSuch() {
        FigureReport grew = figure("4.6%");

        assertThat(grew.link()).isNotNull();
        assertThat(grew.link().machine()).isTrue();
        assertThat(grew.link().linkedBy()).isEqualTo(LinkingService.MATCHER);
        assertThat(grew.link().score().doubleValue()).isBetween(FigureMatcher.AUTO_LINK, 1.0);
        assertThat(grew.link().indicatorCode()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(grew.link().geographyCode()).isEqualTo("KGZ");
        assertThat(grew.link().period()).isEqualTo(Period.year(2019));
        assertThat(grew.link().verdict()).isEqualTo(Verdict.MATCHES);
        assertThat(grew.waiting()).isFalse();
    }

    @Test
    void aFigureTheDataContradictsAndAMonthsRateWaitWithTheirCandidatesAndTheVerdictEachWouldGive() {
        FigureReport shrank = figure("8.6%");
        assertThat(shrank.waiting()).isTrue();
        FigureReport.Option top = shrank.candidates().get(0);
        assertThat(top.indicatorCode()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(top.geographyCode()).isEqualTo("KGZ");
        assertThat(top.official()).isBetween(new java.math.BigDecimal("-7.15"), new java.math.BigDecimal("-7.14"));
        assertThat(top.verdict()).isEqualTo(Verdict.DIFFERS);

        FigureReport december = figure("9.7%");
        assertThat(december.waiting()).isTrue();
        assertThat(december.stated()).isEqualTo(Period.month(2020, 12));

        List<ReviewService.Waiting> queue = review.queue("kyrgyz economy", 50);
        assertThat(queue).extracting(w -> w.figure().figure().text()).contains("8.6%", "9.7%").doesNotContain("4.6%");
        assertThat(review.queue("no such article", 50)).isEmpty();
    }

    @Test
    void anEditorsDecisionsAreRecordedAndTheLastOnesUndone() {
        FigureReport shrank = figure("8.6%");
        assertThat(waits()).isTrue();
        review.confirm(article, shrank.figure().start(), shrank.figure().end(), 0);
        assertThat(waits()).isTrue();

        FigureReport linked = figure("8.6%");
        assertThat(linked.link().machine()).isFalse();
        assertThat(linked.link().linkedBy()).isEqualTo("reviewer");
        assertThat(linked.link().verdict()).isEqualTo(Verdict.DIFFERS);
        assertThatThrownBy(() -> review.confirm(article, shrank.figure().start(), shrank.figure().end(), 0))
                .isInstanceOf(Conflict.class).hasMessageContaining("linked by reviewer");

        FigureReport december = figure("9.7%");
        review.reject(article, december.figure().start(), december.figure().end());
        assertThat(figure("9.7%").rejected()).isTrue();
        assertThat(waits()).as("every figure linked or rejected").isFalse();
        assertThat(review.queue("kyrgyz economy", 50)).isEmpty();

        assertThat(review.undo()).hasValue("Back in the queue: '9.7%'");
        assertThat(waits()).isTrue();
        assertThat(review.undo()).hasValue("Unlinked '8.6%'");
        assertThat(figure("8.6%").waiting()).isTrue();
        assertThat(figure("9.7%").waiting()).isTrue();
        assertThat(figure("4.6%").link().machine()).isTrue();
    }

    @Test
    void theEditorsLinksTheMatcherLearnsFromAreNotLostUnderItsOwnLaterLinks() {
        FigureReport shrank = figure("8.6%");
        review.confirm(article, shrank.figure().start(), shrank.figure().end(), 0);
        long later = intake.add(new ArticleIntake.Incoming("https://example.org/kz-economy", "Kazakh economy",
                "Example Wire", null, LocalDate.of(2024, 3, 1), "ASTANA, 1 March 2024. Kazakhstan's economy grew "
                + "4.5% in 2019, the statistics bureau said.")).id();
        assertThat(matching.report(later).get(0).link().machine()).as("the later article's figure").isTrue();

        assertThat(citations.page(null, 0, 1)).singleElement().matches(c -> c.machineLinked(),
                "the newest link is the matcher's");
        assertThat(citations.editorLinks(1)).singleElement().satisfies(c -> {
            assertThat(c.machineLinked()).isFalse();
            assertThat(c.linkedBy()).isEqualTo("reviewer");
            assertThat(c.figureText()).isEqualTo("8.6%");
        });
    }

    @Test
    void theFiguresSpansAreStoredWithTheTextAndCheckedAgainstTheExtractorForEveryArticle() {
        assertThat(review.queue("no such publisher", 50)).isEmpty();
        assertThat(spans()).isEqualTo(3);
        // an article whose spans were lost (or written by an older extractor) gets them back, and only it is written
        jdbc.sql("delete from article_figure where source_id = ?").param(article).update();
        assertThat(waitingFigures.articles()).doesNotContain(article);
        assertThat(waitingFigures.checkAll()).isEqualTo(1);
        assertThat(spans()).isEqualTo(3);
        assertThat(waits()).isTrue();
        assertThat(waitingFigures.checkAll()).isZero();
    }

    @Test
    void anArticleTypedIntoTheFormWaitsAndAnEditedTextsFiguresReplaceTheOldOnes() {
        org.factline.source.NewSource typed = new org.factline.source.NewSource(org.factline.source.SourceKind.ARTICLE,
                "https://example.org/typed", "Typed by hand", "Desk", null, LocalDate.of(2024, 3, 2), null,
                "Remittances fell 12% last year.");
        long id = linking.createArticle(typed);
        assertThat(waitingFigures.articles()).startsWith(id);
        assertThat(review.queue("typed", 10)).extracting(w -> w.figure().figure().text()).containsExactly("12%");

        linking.updateArticle(id, new org.factline.source.NewSource(typed.kind(), typed.url(), typed.title(),
                typed.publisher(), null, typed.publishedOn(), null, "No figure here any more."));
        assertThat(waitingFigures.articles()).doesNotContain(id);
    }

    private long spans() {
        return jdbc.sql("select count(*) from article_figure where source_id = ?").param(article).query(Long.class)
                .single();
    }

    @Test
    void aSecondFigureForASeriesAndPeriodAlreadyLinkedWaitsAndTheArticleIsKept() {
        long both = intake.add(new ArticleIntake.Incoming("https://example.org/kg-plan", "Kyrgyz growth",
                "Example Wire", null, LocalDate.of(2024, 3, 1), "BISHKEK, 1 March 2024. Kyrgyzstan's economy grew "
                + "4.6% in 2019, the statistics committee said, close to the 5% growth of 2019 in the plan.")).id();

        // A refusal inside the intake's transaction would mark it rollback-only, and the whole article would be lost
        // when it commits.
        assertThat(((org.springframework.jdbc.datasource.ConnectionHolder) org.springframework.transaction.support
                .TransactionSynchronizationManager.getResource(dataSource)).isRollbackOnly())
                .as("the intake's transaction can still commit").isFalse();
        List<FigureReport> figures = matching.report(both);
        assertThat(figures).extracting(r -> r.figure().text()).containsExactly("4.6%", "5%");
        assertThat(figures).allSatisfy(r -> assertThat(r.candidates().get(0).indicatorCode() + " "
                + r.candidates().get(0).period()).isEqualTo("NY.GDP.MKTP.KD.ZG 2019"));
        assertThat(figures.get(0).link()).isNotNull();
        assertThat(figures.get(0).link().machine()).isTrue();
        assertThat(figures.get(1).link()).as("one series value, one machine link").isNull();
        assertThat(figures.get(1).waiting()).isTrue();
    }

    @Test
    void aMachineLinkTheObservationsRefuseIsUndoneAloneAndTheArticlesTransactionGoesOn() {
        assertThat(figure("4.6%").link().machine()).isTrue();
        int start = TEXT.indexOf("8.6%");
        // 8.6% of the same series and year as the 4.6% already linked: the observations refuse a second value.
        assertThatThrownBy(() -> linking.linkByMachine(new org.factline.linking.Confirmation(article, start,
                start + 4, "NY.GDP.MKTP.KD.ZG", null, "KGZ", "2019", null, null, null), new java.math.BigDecimal("0.9")))
                .isInstanceOf(org.factline.problem.Problem.class);

        assertThat(((org.springframework.jdbc.datasource.ConnectionHolder) org.springframework.transaction.support
                .TransactionSynchronizationManager.getResource(dataSource)).isRollbackOnly()).isFalse();
        assertThat(figure("4.6%").link()).isNotNull();
        assertThat(figure("8.6%").link()).isNull();
    }
}
