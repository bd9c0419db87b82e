package org.factline.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.factline.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** The articles of RSS 2.0 and Atom feeds with full content. */
class ArticleFeedTest {

    @Test
    void anRssFeedGivesEachItemWithItsFullContentAsText() throws IOException {
        List<ArticleIntake.Incoming> items = ArticleFeed.read(ArticlePageTest.page("wire.rss"));

        assertThat(items).hasSize(2);
        ArticleIntake.Incoming first = items.get(0);
        assertThat(first.url()).isEqualTo("https://wire.example/kz/inflation-slows");
        assertThat(first.title()).isEqualTo("Kazakhstan's inflation slows to 8.4%");
        assertThat(first.publisher()).isEqualTo("Caspian Business Wire");
        assertThat(first.author()).isEqualTo("Daniyar Sadykov");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(first.text()).isEqualTo("Annual inflation in Kazakhstan slowed to 8.4% in February from 9.3% in "
                + "January, the statistics bureau said.\n\nThe national bank cut its base rate by 0.5 percentage "
                + "points to 14.75%.");
        ArticleIntake.Incoming second = items.get(1);
        assertThat(second.author()).isNull();
        assertThat(second.published()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(second.text()).isEqualTo("Uzbekistan's gold exports rose 28% in 2023 to $8.1 billion.");
    }

    @Test
    void anAtomFeedGivesEachEntryWithItsAlternateLinkAndPublishedDate() throws IOException {
        List<ArticleIntake.Incoming> entries = ArticleFeed.read(ArticlePageTest.page("desk.atom"));

        assertThat(entries).extracting(ArticleIntake.Incoming::url)
                .containsExactly("https://desk.example/tj/remittances", "https://desk.example/kg/som");
        assertThat(entries.get(0).published()).isEqualTo(LocalDate.of(2021, 2, 25));
        assertThat(entries.get(0).author()).isEqualTo("Parviz Rahimov");
        assertThat(entries.get(0).publisher()).isEqualTo("Eurasia Economy Desk");
        assertThat(entries.get(0).text()).isEqualTo("Remittances to Tajikistan fell 10% in 2020 to $2.2 billion, "
                + "the central bank said.\n\nThey were worth about a quarter of GDP.");
        assertThat(entries.get(1).published()).isEqualTo(LocalDate.of(2021, 2, 24));
        assertThat(entries.get(1).text()).isEqualTo("The som traded at 84.8 to the dollar on Wednesday.");
    }

    @Test
    void aFileThatIsNoFeedIsRefusedByName() {
        assertThatThrownBy(() -> ArticleFeed.read("<html><body><p>x</p></body></html>"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Not an RSS 2.0 or Atom feed");
    }

    @Test
    void aFeedFileIsReadInTheEncodingItsXmlDeclarationNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = dir.resolve("feed.xml");
        java.nio.file.Files.write(file, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Économie</title><item><title>Le déficit</title><link>https://x.example/d</link>"
                + "<description>Le déficit public a atteint 5,5 % du PIB en 2023.</description></item></channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        List<ArticleIntake.Incoming> items = ArticleFeed.read(file);

        assertThat(items).singleElement().satisfies(a -> {
            assertThat(a.publisher()).isEqualTo("Économie");
            assertThat(a.text()).isEqualTo("Le déficit public a atteint 5,5 % du PIB en 2023.");
        });
    }
}
