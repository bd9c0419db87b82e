package org.factline.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.factline.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a real PostgreSQL primary and its streaming replica ({@code .ci/start-postgres} makes both): read-only
 * transactions read the replica, everything else the primary, and a client reads its own write at once even while
 * the replica lags, which the test makes it do by pausing its replay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "FACTLINE_ADMIN_PASSWORD=" + ReplicaRoutingTest.PASSWORD,
        "factline.db.replica-url=${factline.test.replica-url}"})
@ActiveProfiles("test")
@ExtendWith(PostgresTestDatabase.class)
@EnabledIfSystemProperty(named = "factline.test.postgres.replica", matches = ".+",
        disabledReason = "needs a PostgreSQL streaming replica: mvn -Ppostgres test after .ci/start-postgres")
class ReplicaRoutingTest {

    static final String PASSWORD = "replica-routing-admin-pw";

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Value("${factline.test.replica-url}")
    String replicaUrl;

    private boolean inRecovery(boolean readOnly) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(readOnly);
        return tx.execute(s -> jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single());
    }

    @Test
    void readOnlyTransactionsReadTheReplicaAndTheRestThePrimary() {
        assertThat(inRecovery(true)).as("a read-only transaction runs on the replica").isTrue();
        assertThat(inRecovery(false)).as("a read-write transaction runs on the primary").isFalse();
        assertThat(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single())
                .as("a statement outside any transaction runs on the primary").isFalse();
    }

    private void replay(String function) throws Exception {
        try (Connection c = DriverManager.getConnection(replicaUrl, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
            s.execute("select " + function + "()");
        }
    }

    private ResponseEntity<JsonNode> figures(long id, String cookie) {
        HttpHeaders headers = new HttpHeaders();
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return http.exchange("/api/articles/" + id + "/figures", HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class);
    }

    @Test
    void aClientReadsItsOwnWriteAtOnceWhileTheReplicaLags() throws Exception {
        replay("pg_wal_replay_pause");
        long id;
        String cookie;
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<JsonNode> created = http.withBasicAuth("admin", PASSWORD).postForEntity("/api/articles",
                    new HttpEntity<>("{\"url\": \"https://example.org/replica-lag\", \"title\": \"Replica lag\", "
                            + "\"published\": \"2024-03-01\", \"text\": \"Kyrgyzstan's economy shrank by 8.6% in "
                            + "2020.\"}", headers), JsonNode.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            id = created.getBody().get("id").asLong();
            // One cookie, with the newest position of what the request committed.
            cookie = created.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                    .filter(c -> c.startsWith(ReadYourWrites.COOKIE + "=")).reduce((a, b) -> {
                        throw new AssertionError("two cookies: " + a + " and " + b);
                    }).orElseThrow().split(";")[0];
            assertThat(cookie).matches(ReadYourWrites.COOKIE + "=[0-9A-F]+/[0-9A-F]+");

            // The writer's next read sees its article, from the primary; a reader without the cookie reads the
            // paused replica, which has not seen it yet.
            ResponseEntity<JsonNode> own = figures(id, cookie);
            assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(own.getBody().toString()).contains("8.6%");
            assertThat(figures(id, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            // A forged cookie is ignored, not passed to SQL.
            assertThat(figures(id, ReadYourWrites.COOKIE + "=1');drop").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        } finally {
            replay("pg_wal_replay_resume");
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (figures(id, null).getStatusCode() != HttpStatus.OK && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(figures(id, null).getStatusCode()).as("the replica, replaying again, catches up")
                .isEqualTo(HttpStatus.OK);
        assertThat(figures(id, cookie).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
