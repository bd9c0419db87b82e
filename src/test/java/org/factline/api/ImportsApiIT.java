package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** POST /api/imports as a client sends it: multipart, preview then commit, refusal with reasons, undo. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "FACTLINE_ADMIN_PASSWORD=" + ImportsApiIT.PASSWORD)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportsApiIT {

    static final String PASSWORD = "imports-api-admin-pw";

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        this.http = anonymous.withBasicAuth("admin", PASSWORD);
    }

    private ResponseEntity<JsonNode> post(String fixture, String query) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(Path.of("src/test/resources/import", fixture)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/imports" + query, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void previewThenCommitThenUndo() {
        ResponseEntity<JsonNode> preview = post("fred-GDPC1-old.csv", "?dryRun=true");
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody().get("committed").asBoolean()).isFalse();
        assertThat(preview.getBody().get("added").asInt()).isEqualTo(4);
        assertThat(preview.getBody().get("format").asText()).isEqualTo("FRED");
        assertThat(http.getForObject("/api/facts?indicator=GDPC1", JsonNode.class).get("count").asInt()).isZero();

        ResponseEntity<JsonNode> done = post("fred-GDPC1-old.csv", "");
        assertThat(done.getBody().get("committed").asBoolean()).isTrue();
        JsonNode facts = http.getForObject("/api/facts?indicator=GDPC1&geo=USA", JsonNode.class);
        assertThat(facts.get("count").asInt()).isEqualTo(4);
        assertThat(facts.get("facts").get(0).get("source").get("url").asText())
                .isEqualTo("https://fred.stlouisfed.org/series/GDPC1");

        long id = done.getBody().get("importId").asLong();
        JsonNode undo = http.postForObject("/api/imports/" + id + "/undo", null, JsonNode.class);
        assertThat(undo.get("removed").asInt()).isEqualTo(4);
        assertThat(http.getForObject("/api/imports", JsonNode.class).get(0).get("undoneAt").isNull()).isFalse();

        ResponseEntity<JsonNode> again = http.postForEntity("/api/imports/" + id + "/undo", null, JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).startsWith("Import #" + id + " was already undone");
        assertThat(again.getBody().get("errorId").asText()).hasSize(8);
    }

    @Test
    void aRefusedFileAnswers422WithTheLines() {
        ResponseEntity<JsonNode> refused = post("bad-values.csv", "");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("refusal").asText()).startsWith("3 lines were rejected");
        assertThat(refused.getBody().get("rejections").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(refused.getBody().get("rejections").get(0).get("value").asText()).isEqualTo("20x9");
    }

    @Test
    void unknownImportsAndFormatsAreNamed() {
        ResponseEntity<String> missing = http.postForEntity("/api/imports/999999/undo", null, String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("No import #999999").contains("\"errorId\"");
        ResponseEntity<JsonNode> badFormat = post("tidy-long.csv", "?format=xml");
        assertThat(badFormat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badFormat.getBody().get("detail").asText()).contains("Unknown format 'xml'");
    }

    @Test
    void anAsyncImportAnswers202AtOnceAndItsJobEndsWithTheReport() throws Exception {
        ResponseEntity<JsonNode> accepted = post("tidy-long.csv", "?async=true");
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(location).startsWith("/api/imports/jobs/");
        JsonNode job = http.getForObject(location, JsonNode.class);
        for (int i = 0; i < 200 && job.get("running").asBoolean(); i++) {
            Thread.sleep(50);
            job = http.getForObject(location, JsonNode.class);
        }
        assertThat(job.get("running").asBoolean()).isFalse();
        assertThat(job.get("report").get("committed").asBoolean()).isTrue();
        assertThat(job.get("rows").asLong()).isEqualTo(job.get("report").get("added").asLong()
                + job.get("report").get("revised").asLong() + job.get("report").get("unchanged").asLong());
        assertThat(http.getForEntity("/api/imports/jobs/999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
