package org.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** Over HTTP, as a client or another site would try: anonymous requests change nothing, cross-site ones neither. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "FACTLINE_ADMIN_PASSWORD=" + SecurityIT.PASSWORD)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false) // Boot's tests leave metrics export off unless asked
class SecurityIT {

    static final String PASSWORD = "security-it-admin-password";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    private long observations() {
        return jdbc.sql("select count(*) from observation").query(Long.class).single();
    }

    private HttpEntity<LinkedMultiValueMap<String, Object>> upload(HttpHeaders headers) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(Path.of("src/test/resources/import/fred-GDPC1-old.csv")));
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void anonymousRequestsReadButCannotChangeAnything() {
        long before = observations();
        ResponseEntity<String> anonymous = http.postForEntity("/api/imports", upload(new HttpHeaders()), String.class);
        assertThat(anonymous.getStatusCode()).as(anonymous.getHeaders().toString()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/api/imports/1/undo", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.exchange("/api/facts", HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "wrong password").postForEntity("/api/imports", upload(new HttpHeaders()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(observations()).isEqualTo(before);

        assertThat(http.getForEntity("/api/facts?geo=KGZ", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/claims", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.postForEntity("/api/extract", new HttpEntity<>("GDP fell 3%."), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void crossSiteRequestsAreRefusedEvenWithCredentials() {
        long before = observations();
        HttpHeaders evil = new HttpHeaders();
        evil.setOrigin("https://evil.example");
        ResponseEntity<String> fromElsewhere = http.withBasicAuth("admin", PASSWORD)
                .postForEntity("/api/imports", upload(evil), String.class);
        assertThat(fromElsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(fromElsewhere.getBody()).contains("Cross-site requests may not change data");
        HttpHeaders fetch = new HttpHeaders();
        fetch.set("Sec-Fetch-Site", "cross-site");
        assertThat(http.withBasicAuth("admin", PASSWORD).postForEntity("/api/imports", upload(fetch), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(observations()).isEqualTo(before);

        // The same request from a command-line client, signed in, goes through.
        ResponseEntity<JsonNode> ok = http.withBasicAuth("admin", PASSWORD)
                .postForEntity("/api/imports?dryRun=true", upload(new HttpHeaders()), JsonNode.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody().get("added").asInt()).isEqualTo(4);
    }

    @Test
    void healthIsPublicMetricsAreForAdmins() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        JsonNode detailed = http.withBasicAuth("admin", PASSWORD).getForObject("/actuator/health", JsonNode.class);
        assertThat(detailed.get("components").get("db").get("status").asText()).isEqualTo("UP");
        http.withBasicAuth("admin", PASSWORD).postForEntity("/api/imports?dryRun=true", upload(new HttpHeaders()),
                String.class);
        HttpHeaders plain = new HttpHeaders();
        plain.setAccept(java.util.List.of(MediaType.TEXT_PLAIN));
        ResponseEntity<String> metrics = http.withBasicAuth("admin", PASSWORD).exchange("/actuator/prometheus",
                HttpMethod.GET, new HttpEntity<>(plain), String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getHeaders().getContentType().toString()).as(metrics.getHeaders().toString())
                .startsWith("text/plain");
        assertThat(metrics.getBody()).contains("factline_import_seconds_count{mode=\"preview\",outcome=\"imported\"",
                "hikaricp_connections");
    }

    @Test
    void pagesNeverShowAStackTrace() {
        ResponseEntity<String> bad = http.getForEntity("/api/facts?limit=abc", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).doesNotContain("at org.", "Exception");
    }
}
