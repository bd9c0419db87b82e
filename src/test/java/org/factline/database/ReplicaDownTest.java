package org.factline.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.factline.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A configured replica that cannot be reached: the app starts, read-only transactions and the API read the primary,
 * and the health check (which the load balancer asks) stays up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "factline.db.replica-url=jdbc:postgresql://127.0.0.1:1/nowhere")
@ActiveProfiles("test")
@ExtendWith(PostgresTestDatabase.class)
class ReplicaDownTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @Test
    void readsGoToThePrimaryAndTheInstanceStaysHealthy() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        for (int i = 0; i < 3; i++) {
            Long observations = readOnly.execute(s -> jdbc.sql("select count(*) from observation").query(Long.class)
                    .single());
            assertThat(observations).isPositive();
        }
        ResponseEntity<JsonNode> facts = http.getForEntity("/api/facts?geo=KGZ&indicator=NY.GDP.MKTP.KD.ZG",
                JsonNode.class);
        assertThat(facts.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(facts.getBody().toString()).contains("KGZ");
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    }
}
