package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportService;
import org.factline.measure.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The random decimals of {@link ExactValuesTest}, imported, then read back over HTTP from {@code /api/facts}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExactValuesApiIT {

    @Autowired
    ImportService importer;
    @Autowired
    TestRestTemplate http;
    @TempDir
    Path dir;

    @Test
    void theApiServesEveryDecimalAsTheFileWroteIt() throws Exception {
        Path file = dir.resolve("exact.csv");
        Map<LocalDate, BigDecimal> expected = ExactValuesTest.writeFile(file, ExactValuesTest.decimals());
        assertThat(importer.commit(file, "exact.csv", ImportOptions.defaults("test")).refusal()).isNull();

        // Read as a client that keeps decimals exactly: Jackson's tree model strips trailing zeros unless told not to.
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        JsonNode page = json.readTree(http.getForObject("/api/facts?indicator=FL.EXACT&limit=10000", String.class));
        Map<LocalDate, BigDecimal> served = new HashMap<>();
        page.get("facts").forEach(f -> served.put(Period.parse(f.get("period").asText()).start(),
                f.get("value").decimalValue()));
        // The API writes decimals plainly (100000000, not 1E+8): the same number, and the same scale where a plain
        // decimal can show it (zero or more decimals).
        Map<LocalDate, BigDecimal> plain = new HashMap<>();
        expected.forEach((day, v) -> plain.put(day, v.scale() < 0 ? v.setScale(0) : v));
        assertThat(ExactValuesTest.mismatches(plain, served))
                .as("API values, digits and scale (seed %d)", ExactValuesTest.SEED).isEmpty();
    }
}
