package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Articles entered over HTTP by an editor: 201 with the id, 409 with the stored id, 400 naming what is wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"FACTLINE_ADMIN_PASSWORD=" + ArticlesApiIT.PASSWORD,
                // The test's pages are served on loopback, which a deployment refuses to fetch.
                "factline.articles.fetch-private-addresses=true"})
@ActiveProfiles("test")
class ArticlesApiIT {

    static final String PASSWORD = "articles-it-admin-password";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> post(TestRestTemplate client, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity("/api/articles", new HttpEntity<>(json, headers), JsonNode.class);
    }

    @Test
    void anEditorEntersAnArticleOnceAndAReaderCannot() {
        TestRestTemplate editor = http.withBasicAuth("admin", PASSWORD);
        String article = "{\"url\": \"https://example.org/news/som-weakens?utm_source=x\", \"title\": \"Som weakens\", "
                + "\"publisher\": \"Example <b>News</b>\", \"published\": \"2024-03-01\", \"text\": \"The som fell 3% "
                + "against the dollar in February, the central bank said.\"}";
        ResponseEntity<JsonNode> created = post(editor, article);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/sources/" + id);
        JsonNode stored = http.getForObject("/api/sources/" + id, JsonNode.class);
        assertThat(stored.toString()).contains("Som weakens", "Example <b>News</b>");

        ResponseEntity<JsonNode> again = post(editor, article.replace("?utm_source=x", ""));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("id").asLong()).isEqualTo(id);
        assertThat(again.getBody().get("errorId").asText()).hasSize(8);

        ResponseEntity<JsonNode> noTitle = post(editor, "{\"url\": \"https://example.org/x\", \"text\": \"y\"}");
        assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTitle.getBody().get("detail").asText()).isEqualTo("An article needs a title");
        ResponseEntity<JsonNode> badDate = post(editor, "{\"url\": \"https://example.org/y\", \"title\": \"t\", "
                + "\"published\": \"yesterday\"}");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().get("detail").asText()).contains("field 'published' cannot be 'yesterday'")
                .doesNotContain("jackson", "Exception");

        ResponseEntity<JsonNode> anonymous = post(http, article.replace("som-weakens", "other"));
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anHtmlPageComesInAsItsArticleWithTheFieldsSentWinning() throws Exception {
        TestRestTemplate editor = http.withBasicAuth("admin", PASSWORD);
        String html;
        try (var in = getClass().getResourceAsStream("/articles/wire-jsonld.html")) {
            html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("publisher", "Courier (syndicated)").put("html", html);
        ResponseEntity<JsonNode> created = post(editor, body.toString());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode stored = http.getForObject("/api/sources/" + created.getBody().get("id").asLong(), JsonNode.class);
        assertThat(stored.get("url").asText())
                .isEqualTo("https://courier.example/economy/2021/02/24/kyrgyz-economy-shrinks");
        assertThat(stored.get("title").asText()).isEqualTo("Kyrgyz economy shrinks 8.6% as remittances fall");
        assertThat(stored.get("publisher").asText()).isEqualTo("Courier (syndicated)");
        assertThat(stored.get("published").asText()).isEqualTo("2021-02-24");

        ResponseEntity<JsonNode> both = post(editor, body.put("text", "x").toString());
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(both.getBody().get("detail").asText()).contains("not both");
    }

    @Test
    void anArticlesFiguresComeWithTheirCandidatesTheMatchersLinkAndItsVerdict() {
        TestRestTemplate editor = http.withBasicAuth("admin", PASSWORD);
        String article = "{\"url\": \"https://example.org/kg-2019\", \"title\": \"Kyrgyz growth\", "
                + "\"published\": \"2024-03-01\", \"text\": \"Kyrgyzstan's economy grew 4.6% in 2019. "
                + "Inflation reached 9.7% in December 2020.\"}";
        long id = post(editor, article).getBody().get("id").asLong();

        JsonNode figures = http.getForObject("/api/articles/" + id + "/figures", JsonNode.class);

        assertThat(figures).hasSize(2);
        JsonNode grew = figures.get(0);
        assertThat(grew.get("text").asText()).isEqualTo("4.6%");
        assertThat(grew.get("start").asInt()).isEqualTo(26);
        assertThat(grew.get("end").asInt()).isEqualTo(30);
        assertThat(grew.get("value").decimalValue()).isEqualByComparingTo("4.6");
        assertThat(grew.get("unit").asText()).isEqualTo("percent");
        assertThat(grew.get("candidates").get(0).get("indicator").asText()).isEqualTo("NY.GDP.MKTP.KD.ZG");
        assertThat(grew.get("candidates").get(0).get("score").asDouble()).isBetween(0.8, 1.0);
        assertThat(grew.get("link").get("by").asText()).isEqualTo("matcher");
        assertThat(grew.get("link").get("machine").asBoolean()).isTrue();
        assertThat(grew.get("verdict").asText()).isEqualTo("matches");
        JsonNode december = figures.get(1);
        assertThat(december.get("period").asText()).isEqualTo("2020-12");
        assertThat(december.get("frequency").asText()).isEqualTo("monthly");
        assertThat(december.get("link").isNull()).isTrue();

        assertThat(http.getForEntity("/api/articles/999999/figures", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void withOnlyItsUrlThePageIsFetchedReadAndStoredOnce() throws Exception {
        byte[] page;
        try (var in = getClass().getResourceAsStream("/articles/wire-jsonld.html")) {
            page = in.readAllBytes();
        }
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/story", x -> {
            served.incrementAndGet();
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.createContext("/data.csv", x -> {
            x.getResponseHeaders().add("Content-Type", "text/csv");
            x.sendResponseHeaders(200, 2);
            x.getResponseBody().write("a\n".getBytes());
            x.close();
        });
        server.start();
        try {
            TestRestTemplate editor = http.withBasicAuth("admin", PASSWORD);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            ResponseEntity<JsonNode> created = post(editor, "{\"url\": \"" + base + "/story\"}");
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            JsonNode stored = http.getForObject("/api/sources/" + created.getBody().get("id").asLong(),
                    JsonNode.class);
            assertThat(stored.get("title").asText()).isEqualTo("Kyrgyz economy shrinks 8.6% as remittances fall");
            assertThat(stored.get("published").asText()).isEqualTo("2021-02-24");
            assertThat(stored.get("url").asText()).isEqualTo(base + "/story");

            ResponseEntity<JsonNode> again = post(editor, "{\"url\": \"" + base + "/story\"}");
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(served).as("a stored URL is not fetched again").hasValue(1);

            ResponseEntity<JsonNode> gone = post(editor, "{\"url\": \"" + base + "/gone\"}");
            assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(gone.getBody().get("detail").asText()).isEqualTo(base + "/gone answered HTTP 404: "
                    + "nothing was stored");
            ResponseEntity<JsonNode> csv = post(editor, "{\"url\": \"" + base + "/data.csv\"}");
            assertThat(csv.getBody().get("detail").asText()).contains("is not an HTML page (text/csv)");
            ResponseEntity<JsonNode> ftp = post(editor, "{\"url\": \"ftp://example.org/x\"}");
            assertThat(ftp.getBody().get("detail").asText()).contains("is not an http(s) URL");
        } finally {
            server.stop(0);
        }
    }
}
