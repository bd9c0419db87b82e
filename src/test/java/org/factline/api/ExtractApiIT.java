package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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

/** POST /api/extract as a client sends it: a plain-text body in, a JSON array of figures out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.extract.max-bytes=2000")
@ActiveProfiles("test")
class ExtractApiIT {

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> post(byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
        return http.postForEntity("/api/extract", new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void returnsTheFiguresOfAText() {
        ResponseEntity<JsonNode> r = post("Russia is entitled to 85% of revenues; Bishkek wants 500,000 free doses."
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).hasSize(2);
        assertThat(r.getBody().get(0).get("text").asText()).isEqualTo("85%");
        assertThat(r.getBody().get(0).get("start").asInt()).isEqualTo(22);
        assertThat(r.getBody().get(1).get("unit").asText()).isEqualTo("doses");
        assertThat(r.getBody().get(1).get("kind").asText()).isEqualTo("count");
        assertThat(r.getBody().get(1).get("value").toString()).isEqualTo("500000");
    }

    @Test
    void refusesTooLongAndNonUtf8Bodies() {
        ResponseEntity<JsonNode> big = post("8.6% ".repeat(500).getBytes(StandardCharsets.UTF_8));
        assertThat(big.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(big.getBody().get("detail").asText()).contains("limit of 2000 bytes");

        ResponseEntity<JsonNode> latin1 = post("£5m".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(latin1.getBody().get("detail").asText()).contains("not valid UTF-8 at byte 0");
    }
}
