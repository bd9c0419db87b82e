package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** GET answers carry an ETag from the data's version; a conditional GET is 304 until a write commits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "FACTLINE_ADMIN_PASSWORD=" + HttpCachingIT.PASSWORD)
@ActiveProfiles("test")
class HttpCachingIT {

    static final String PASSWORD = "http-caching-it-admin-password";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<String> get(String path, String ifNoneMatch) {
        HttpHeaders h = new HttpHeaders();
        if (ifNoneMatch != null) {
            h.setIfNoneMatch(ifNoneMatch);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(h), String.class);
    }

    @Test
    void aConditionalGetIsNotModifiedUntilTheDataChanges() throws Exception {
        ResponseEntity<String> first = get("/api/facts?geo=KGZ&limit=5", null);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        String etag = first.getHeaders().getETag();
        assertThat(etag).matches("\"v\\d+\"");
        assertThat(first.getHeaders().getCacheControl()).isEqualTo("no-cache");

        ResponseEntity<String> again = get("/api/facts?geo=KGZ&limit=5", etag);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(again.getBody()).isNull();
        assertThat(get("/api/charts/NY.GDP.MKTP.KD.ZG/KGZ.svg", etag).getStatusCode())
                .isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(get("/api/claims", "\"v0\"").getStatusCode()).isEqualTo(HttpStatus.OK);

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = http.withBasicAuth("admin", PASSWORD).postForEntity("/api/articles",
                new HttpEntity<>("{\"url\": \"https://example.org/caching\", \"title\": \"Caching\", "
                        + "\"text\": \"Prices rose 3% in 2020.\"}", json), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> after = get("/api/facts?geo=KGZ&limit=5", etag);
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(after.getHeaders().getETag()).isNotEqualTo(etag);
        ResponseEntity<String> imports = http.withBasicAuth("admin", PASSWORD).getForEntity("/api/imports", String.class);
        assertThat(imports.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imports.getHeaders().getETag()).as("job progress is not cached").isNull();
        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.getBody()).get("id").asLong();
        assertThat(get("/api/articles/" + id + "/figures", null).getHeaders().getETag())
                .as("candidates follow the matcher's index, not the data's version").isNull();
    }
}
