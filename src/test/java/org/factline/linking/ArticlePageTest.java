package org.factline.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A news page's article, read from three layouts: JSON-LD metadata, Open Graph tags, and a bare page. */
class ArticlePageTest {

    static String page(String name) throws IOException {
        try (InputStream in = ArticlePageTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageWithLinkedDataGivesItsHeadlineBylineDateAndBodyWithoutTheClutter() throws IOException {
        ArticleIntake.Incoming a = ArticlePage.read(page("wire-jsonld.html"), "https://courier.example/x?utm=1");

        assertThat(a.url()).isEqualTo("https://courier.example/economy/2021/02/24/kyrgyz-economy-shrinks");
        assertThat(a.title()).isEqualTo("Kyrgyz economy shrinks 8.6% as remittances fall");
        assertThat(a.author()).isEqualTo("Aida Bekova, Tom Reyes");
        assertThat(a.publisher()).isEqualTo("The Steppe Courier");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 2, 24));
        assertThat(a.text()).containsSubsequence(
                "Kyrgyzstan's economy shrank 8.6% in 2020, the largest drop for 26 years",
                "\n\nRemittances from migrants", "\n\nThe som lost about a fifth", "\n\nLoans and vaccines",
                "\n\nThe Eurasian Economic Union has offered a $100 million loan");
        assertThat(a.text()).doesNotContain("Advertisement", "Kazakhstan", "Great article", "Copyright",
                "World news", "Share this story", "window.ads", "color: red");
    }

    @Test
    void aPageWithOpenGraphTagsAndABodySplitAroundAPhotoKeepsEveryParagraph() throws IOException {
        ArticleIntake.Incoming a = ArticlePage.read(page("meta-split.html"), null);

        assertThat(a.url()).isEqualTo("https://news.example/am/inflation-eases");
        assertThat(a.title()).isEqualTo("Inflation in Armenia eases to 5.2%");
        assertThat(a.author()).isEqualTo("Lilit Harutyunyan");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 3));
        assertThat(a.text()).containsSubsequence("Consumer prices in Armenia rose 5.2% in April",
                "Food prices, which weigh most in the basket, rose 3.1%.",
                "The central bank kept its refinancing rate at 10.75%");
        assertThat(a.text()).doesNotContain("Home, Politics", "A market in Yerevan", "Most read");
    }

    @Test
    void aBarePageFallsBackToItsTitleAndItsOnlyParagraph() throws IOException {
        ArticleIntake.Incoming a = ArticlePage.read(page("bare.html"), "https://x.example/wheat");

        assertThat(a.url()).isEqualTo("https://x.example/wheat");
        assertThat(a.title()).isEqualTo("Wheat prices climb");
        assertThat(a.author()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.text()).isEqualTo("Wheat prices rose 12% in January, the third monthly rise in a row.");
    }

    @Test
    void markupInTheTextComesOutAsTextNotAsHtml() {
        ArticleIntake.Incoming a = ArticlePage.read("<html><head><title>T &lt;b&gt;</title></head><body><p>"
                + "Exports rose 4% &lt;script&gt;alert(1)&lt;/script&gt; in the year to March.</p></body></html>", null);

        assertThat(a.title()).isEqualTo("T <b>");
        assertThat(a.text()).isEqualTo("Exports rose 4% <script>alert(1)</script> in the year to March.");
    }

    @Test
    void aPageThatDrawsItsTextWithJavaScriptIsReadFromItsLinkedData() {
        ArticleIntake.Incoming a = ArticlePage.read("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\": \"ReportageNewsArticle\", \"headline\": \"Gold output\", \"articleBody\": "
                + "\"Gold output rose 5% in 2023.\\nExports followed.\"}</script>"
                + "<script type=\"application/ld+json\">{broken</script></head>"
                + "<body><div id=\"app\"></div><p>Loading the article, please wait a moment</p></body></html>", null);

        assertThat(a.title()).isEqualTo("Gold output");
        assertThat(a.text()).isEqualTo("Gold output rose 5% in 2023.\nExports followed.");
    }

    @Test
    void aSavedPageIsReadInTheEncodingItsMetaTagNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = dir.resolve("page.html");
        java.nio.file.Files.write(file, ("<html><head><meta charset=\"windows-1251\"><title>Инфляция в России</title>"
                + "</head><body><p>Инфляция в России в январе замедлилась до 8,6% в годовом выражении.</p></body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));

        ArticleIntake.Incoming a = ArticlePage.read(file);

        assertThat(a.title()).isEqualTo("Инфляция в России");
        assertThat(a.text()).isEqualTo("Инфляция в России в январе замедлилась до 8,6% в годовом выражении.");
    }

    @Test
    void wrappersNamedForTheirLayoutAreNotTakenForBoilerplate() {
        ArticleIntake.Incoming a = ArticlePage.read("<html><body class=\"page with-sidebar has-ads\">"
                + "<div class=\"layout-with-sidebar\"><div class=\"col\"><p>Industrial output in Uzbekistan grew "
                + "6.0% in 2023, the statistics agency said.</p><p>Mining output rose 4.1%.</p></div>"
                + "<div class=\"sidebar\"><p>Subscribe to our morning briefing for the latest business news.</p></div>"
                + "</div></body></html>", null);

        assertThat(a.text()).isEqualTo("Industrial output in Uzbekistan grew 6.0% in 2023, the statistics agency "
                + "said.\n\nMining output rose 4.1%.");
    }
}
