package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The read-only JSON API over HTTP, on the seeded data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FactsApiIT {

    private static final String ARTICLE =
            "https://www.themoscowtimes.com/2021/02/24/reset-with-russia-kyrgyzstans-president-heads-to-moscow-a73048";

    @Autowired
    TestRestTemplate http;

    @Test
    void kyrgyzFactsCarryTheArticleFiguresTheirQuotesAndTheOfficialValue() {
        JsonNode page = http.getForObject("/api/facts?geo=KGZ", JsonNode.class);
        List<JsonNode> facts = new ArrayList<>();
        page.get("facts").forEach(facts::add);

        JsonNode official2020 = facts.stream().filter(f -> f.get("indicator").asText().equals("NY.GDP.MKTP.KD.ZG")
                && f.get("period").asText().equals("2020") && f.get("status").asText().equals("official"))
                .findFirst().orElseThrow();
        assertThat(official2020.get("value").decimalValue()).isEqualByComparingTo("-7.14897757727955");
        assertThat(official2020.get("vintage").asText()).isEqualTo("2024-06-28");
        assertThat(official2020.get("source").get("kind").asText()).isEqualTo("dataset");

        List<JsonNode> cited = facts.stream().filter(f -> !f.get("citations").isEmpty()).toList();
        assertThat(cited).extracting(f -> f.get("citations").get(0).get("figure").asText())
                .containsExactlyInAnyOrder("8.6%", "$100 million", "500,000 free doses");
        assertThat(cited).allSatisfy(f -> {
            assertThat(f.get("source").get("url").asText()).isEqualTo(ARTICLE);
            assertThat(f.get("source").get("publisher").asText()).isEqualTo("The Moscow Times");
            assertThat(f.get("citations").get(0).get("quote").asText()).isNotBlank();
        });
        JsonNode gdp = cited.stream().filter(f -> f.get("indicator").asText().equals("NY.GDP.MKTP.KD.ZG"))
                .findFirst().orElseThrow();
        assertThat(gdp.get("value").decimalValue()).isEqualByComparingTo("-8.6");
        assertThat(gdp.get("status").asText()).isEqualTo("preliminary");
        JsonNode loan = cited.stream().filter(f -> f.get("unit").asText().equals("USD")).findFirst().orElseThrow();
        assertThat(loan.get("value").asText()).isEqualTo("100000000");
        assertThat(loan.get("citations").get(0).get("statedScale").asText()).isEqualTo("million");
    }

    @Test
    void theFourFiguresOfTheArticleAreFoundByItsUrl() {
        JsonNode page = http.getForObject("/api/facts?source={url}", JsonNode.class, ARTICLE);
        List<String> figures = new ArrayList<>();
        page.get("facts").forEach(f -> figures.add(f.get("geography").asText() + " " + f.get("value").asText() + " "
                + f.get("unit").asText() + " " + f.get("status").asText()));
        assertThat(figures).containsExactlyInAnyOrder("KGZ 100000000 USD requested", "KGZ -8.6 percent preliminary",
                "RUS 85 percent rule", "KGZ 500000 doses requested");
    }

    @Test
    void filtersByIndicatorAndPeriod() {
        JsonNode page = http.getForObject("/api/facts?geo=KGZ,RUS&indicator=NY.GDP.MKTP.KD.ZG&from=2019&to=2020",
                JsonNode.class);
        List<String> keys = new ArrayList<>();
        page.get("facts").forEach(f -> keys.add(f.get("geography").asText() + f.get("period").asText()
                + f.get("status").asText()));
        assertThat(keys).containsExactlyInAnyOrder("KGZ2019official", "KGZ2020official", "KGZ2020preliminary",
                "RUS2019official", "RUS2020official");
    }

    @Test
    void aSourceByIdListsItsCitedFigures() {
        long id = http.getForObject("/api/facts?source={url}", JsonNode.class, ARTICLE)
                .get("facts").get(0).get("source").get("id").asLong();
        JsonNode source = http.getForObject("/api/sources/" + id, JsonNode.class);
        assertThat(source.get("title").asText()).isEqualTo("Reset With Russia: Kyrgyzstan's President Heads to Moscow");
        assertThat(source.get("author").asText()).isEqualTo("Paul Bartlett");
        assertThat(source.get("published").asText()).isEqualTo("2021-02-24");
        assertThat(source.get("facts").asLong()).isEqualTo(4);
        assertThat(source.get("citations")).hasSize(4);
    }

    @Test
    void badRequestsGetAShortMessageAndNoStackTrace() {
        ResponseEntity<String> badPeriod = http.getForEntity("/api/facts?from=20x0", String.class);
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badPeriod.getBody()).contains("'20x0' is not a period").doesNotContain("at org.");

        ResponseEntity<String> missing = http.getForEntity("/api/sources/999999", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("No source with id 999999");

        ResponseEntity<String> badLimit = http.getForEntity("/api/facts?limit=100000", String.class);
        assertThat(badLimit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLimit.getBody()).contains("limit must be between 1 and 10000");

        ResponseEntity<String> notANumber = http.getForEntity("/api/sources/abc", String.class);
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void chartsOverHttpAreValidImagesAndUnknownSeriesAre404() throws Exception {
        ResponseEntity<byte[]> svg = http.getForEntity(
                "/api/charts/NY.GDP.MKTP.KD.ZG/KGZ,RUS.svg?from=1995&to=2023&width=800&height=400", byte[].class);
        assertThat(svg.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(svg.getHeaders().getContentType()).hasToString("image/svg+xml");
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBody()));
        assertThat(doc.getDocumentElement().getAttribute("width")).isIn("800", "800.0");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Kyrgyz Republic (official)",
                "Russian Federation (official)", "-8.6% preliminary (The Moscow Times)");

        ResponseEntity<byte[]> png = http.getForEntity("/api/charts/NY.GDP.MKTP.KD.ZG/KGZ.png?width=640&height=320",
                byte[].class);
        assertThat(png.getHeaders().getContentType()).hasToString("image/png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.getBody()));
        assertThat(image.getWidth()).isEqualTo(640);

        ResponseEntity<String> noIndicator = http.getForEntity("/api/charts/NO.SUCH/KGZ.svg", String.class);
        assertThat(noIndicator.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noIndicator.getBody()).contains("No indicator NO.SUCH").doesNotContain("at org.");
        ResponseEntity<String> noGeo = http.getForEntity("/api/charts/NY.GDP.MKTP.KD.ZG/KGZ,XXX.png", String.class);
        assertThat(noGeo.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noGeo.getBody()).contains("No geography XXX");
    }

    @Test
    void aWorldMapIsAnSvgOfOnePeriodsOfficialValues() {
        ResponseEntity<String> map = http.getForEntity("/api/maps/NY.GDP.MKTP.KD.ZG.svg?period=2020", String.class);
        assertThat(map.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(map.getHeaders().getContentType()).hasToString("image/svg+xml");
        assertThat(map.getBody()).startsWith("<svg").contains("GDP growth (annual %), 2020")
                .contains("Kyrgyz Republic: -7.149% (2020)").contains("href=\"/geographies/KGZ\"");
        assertThat(http.getForEntity("/api/maps/NY.GDP.MKTP.KD.ZG.svg", String.class).getBody())
                .contains("GDP growth (annual %), 2023");
        ResponseEntity<String> badPeriod = http.getForEntity("/api/maps/NY.GDP.MKTP.KD.ZG.svg?period=20x0",
                String.class);
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> noData = http.getForEntity("/api/maps/NY.GDP.MKTP.KD.ZG.svg?period=1900",
                String.class);
        assertThat(noData.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noData.getBody()).contains("No official GDP growth (annual %) for 1900");
        assertThat(http.getForEntity("/api/maps/NO.SUCH.svg", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> huge = http.getForEntity("/api/charts/NY.GDP.MKTP.KD.ZG/KGZ.svg?width=100000",
                String.class);
        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void healthIsUp() {
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.get("status").asText()).isEqualTo("UP");
    }
}
