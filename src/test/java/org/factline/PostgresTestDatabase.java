package org.factline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Runs the database tests against a real PostgreSQL server when {@code -Dfactline.test.postgres=JDBC_URL} is set
 * ({@code mvn -Ppostgres test}). Each Spring context gets a schema of its own, as each gets its own in-memory H2
 * database otherwise, so the tests stay independent. Without a reachable server, the tests are skipped with a
 * message saying so.
 */
public final class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>,
        ExecutionCondition {

    /** The server's JDBC URL, or empty when the tests run on H2. */
    public static final String URL = System.getProperty("factline.test.postgres", "");
    public static final String USER = System.getProperty("factline.test.postgres.user", "factline");
    public static final String PASSWORD = System.getProperty("factline.test.postgres.password", "");
    /** A streaming replica of that server, or empty: the replica tests run only with one. */
    public static final String REPLICA = System.getProperty("factline.test.postgres.replica", "");

    private static volatile String unreachable;

    public static boolean enabled() {
        return !URL.isBlank();
    }

    /** A new, empty schema of the tests' kind of database, and Flyway set to migrate it with Factline's scripts. */
    public record Scratch(DataSource dataSource, FluentConfiguration flyway) {
    }

    /** @param name how the H2 database is named, before a random part ("restore-") */
    public static Scratch scratch(String name) {
        String schema = "s" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        DataSource ds = enabled()
                ? new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        USER, PASSWORD)
                : new DriverManagerDataSource("jdbc:h2:mem:" + name + schema + ";DB_CLOSE_DELAY=-1", "sa", "");
        return new Scratch(ds, Flyway.configure().dataSource(ds).schemas(enabled() ? schema : "PUBLIC")
                .locations("classpath:db/migration", "classpath:db/vendor/" + (enabled() ? "postgresql" : "h2")));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!enabled()) {
            return;
        }
        String schema = "t" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.default-schema", schema,
                "spring.flyway.schemas", schema,
                // The same schema on the replica, for the tests that route reads to it.
                "factline.test.replica-url", REPLICA.isBlank() ? ""
                        : REPLICA + (REPLICA.contains("?") ? "&" : "?") + "currentSchema=" + schema)));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!enabled()) {
            return ConditionEvaluationResult.enabled("embedded H2");
        }
        if (unreachable == null) {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                unreachable = "";
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
        }
        if (!unreachable.isEmpty()) {
            String message = "PostgreSQL at " + URL + " is not reachable (" + unreachable
                    + "): database tests skipped";
            System.err.println(message);
            return ConditionEvaluationResult.disabled(message);
        }
        return ConditionEvaluationResult.enabled("PostgreSQL at " + URL);
    }
}
