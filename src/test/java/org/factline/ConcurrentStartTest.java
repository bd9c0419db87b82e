package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the production jar started at the same moment on one empty PostgreSQL schema end with one schema,
 * one seed and one admin account: Flyway's lock, and the seed loader's and the admin bootstrap's locks. Runs with
 * {@code mvn -Ppostgres test} after {@code mvn package} (as {@code .ci/run} does); skipped on H2, where an embedded
 * database file has one process.
 */
class ConcurrentStartTest {

    @TempDir
    Path dir;

    @Test
    void twoInstancesStartingTogetherMakeOneSchemaOneSeedAndOneAdmin() throws Exception {
        assumeTrue(PostgresTestDatabase.enabled(), "needs PostgreSQL: mvn -Ppostgres test");
        String schema = "start" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        List<Process> instances = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                int port = FactlineJar.freePort();
                ports.add(port);
                List<String> cmd = FactlineJar.command("--spring.profiles.active=postgres", "--server.port=" + port,
                        "--server.address=127.0.0.1", "--factline.data-dir=" + dir.resolve("instance" + i),
                        "--spring.flyway.default-schema=" + schema, "--spring.flyway.schemas=" + schema,
                        "--factline.refresh.enabled=false");
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("instance" + i + ".log").toFile());
                String url = PostgresTestDatabase.URL + (PostgresTestDatabase.URL.contains("?") ? "&" : "?")
                        + "currentSchema=" + schema;
                pb.environment().put("FACTLINE_DB_URL", url);
                pb.environment().put("FACTLINE_DB_USER", PostgresTestDatabase.USER);
                pb.environment().put("FACTLINE_DB_PASSWORD", PostgresTestDatabase.PASSWORD);
                pb.environment().put("FACTLINE_ADMIN_PASSWORD", "concurrent-start-admin");
                instances.add(pb.start());
            }
            for (int i = 0; i < 2; i++) {
                FactlineJar.awaitHealthy(instances.get(i), ports.get(i), dir.resolve("instance" + i + ".log"));
            }

            try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                    PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                assertThat(count(s, "select count(*) from flyway_schema_history where success"))
                        .isEqualTo(count(s, "select count(distinct version) from flyway_schema_history"));
                assertThat(count(s, "select count(*) from account")).isEqualTo(1);
                long seedFiles = count(s, "select count(*) from seed_log");
                assertThat(seedFiles).isEqualTo(count(s, "select count(distinct name) from seed_log")).isGreaterThan(5);
                assertThat(count(s, "select count(*) from source where kind = 'ARTICLE'")).isEqualTo(1);
                assertThat(count(s, "select count(*) from citation")).isEqualTo(4);
                assertThat(count(s, "select count(*) from import_batch")).isEqualTo(1);
            }
        } finally {
            for (Process p : instances) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                    PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
