package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The move README describes, with the production jar as processes: an embedded H2 deployment with the seed, an
 * admin account and the WDI files of {@code ../shared/data/wdi-more} imported is exported, restored into an empty
 * PostgreSQL schema, and both serve the same API answers (facts with their vintages, citations, claims, sources, the
 * import history, which takes the admin's password); then back from PostgreSQL into a new H2 database, the same
 * rows. Runs with {@code mvn -Ppostgres test} after {@code mvn package}; skipped on H2.
 */
class MoveToPostgresTest {

    static final String PASSWORD = "move-to-postgres-admin";
    static final Path MORE = Path.of("../shared/data/wdi-more");

    @TempDir
    Path dir;

    @Test
    void anEmbeddedDeploymentMovesToPostgresAndBackWithTheSameAnswers() throws Exception {
        assumeTrue(PostgresTestDatabase.enabled(), "needs PostgreSQL: mvn -Ppostgres test");
        assumeTrue(Files.isDirectory(MORE), "needs the WDI files of " + MORE);
        String schema = "move" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        sql("create schema " + schema);
        Path h2 = dir.resolve("h2");
        List<String> postgres = List.of("--spring.profiles.active=postgres", "--spring.flyway.default-schema=" + schema,
                "--spring.flyway.schemas=" + schema);
        try {
            // The embedded deployment: a first start makes the admin, then editors import.
            Process first = start(h2, List.of(), FactlineJar.freePort());
            first.destroy();
            first.waitFor(60, TimeUnit.SECONDS);
            List<String> importArgs = new ArrayList<>(List.of("import"));
            try (Stream<Path> files = Files.list(MORE)) {
                files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> importArgs.add(f.toString()));
            }
            run(h2, List.of(), importArgs);
            Path backup = dir.resolve("backup");
            String exported = run(h2, List.of(), List.of("export", backup.toString()));
            long observations = Long.parseLong(exported.replaceAll("(?s).*observation: (\\d+).*", "$1"));
            assertThat(observations).isGreaterThan(100_000);

            String restored = run(h2, postgres, List.of("restore", backup.toString()));
            assertThat(restored).contains("observation: " + observations);

            int h2Port = FactlineJar.freePort();
            int pgPort = FactlineJar.freePort();
            Process onH2 = start(h2, List.of(), h2Port);
            Process onPg = start(dir.resolve("pg-files"), postgres, pgPort);
            try {
                for (String path : List.of("/api/facts?geo=KGZ&limit=500", "/api/facts?indicator=FP.CPI.TOTL.ZG&limit=1000",
                        "/api/facts?geo=RUS&indicator=FL.EAEU.CUSTOMS.SHARE", "/api/claims", "/api/sources",
                        "/api/imports")) {
                    String a = get(h2Port, path);
                    String b = get(pgPort, path);
                    assertThat(b).as(path).isEqualTo(a);
                    assertThat(a).as(path).hasSizeGreaterThan(50);
                }
            } finally {
                onH2.destroy();
                onPg.destroy();
                onH2.waitFor(60, TimeUnit.SECONDS);
                onPg.waitFor(60, TimeUnit.SECONDS);
            }

            Path back = dir.resolve("back");
            run(dir.resolve("pg-files"), postgres, List.of("export", back.toString()));
            Path h2Again = dir.resolve("h2-again");
            String again = run(h2Again, List.of(), List.of("restore", back.toString()));
            assertThat(again.replaceAll("(?s)^[^\n]*\n", "")).isEqualTo(exported.replaceAll("(?s)^[^\n]*\n", ""));
        } finally {
            sql("drop schema " + schema + " cascade");
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private ProcessBuilder builder(Path data, List<String> profile, List<String> args) throws IOException {
        List<String> cmd = FactlineJar.command(args.toArray(String[]::new));
        cmd.addAll(profile);
        cmd.add("--factline.data-dir=" + data);
        cmd.add("--factline.refresh.enabled=false");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        String url = PostgresTestDatabase.URL + (PostgresTestDatabase.URL.contains("?") ? "&" : "?")
                + "currentSchema=" + schemaOf(profile);
        pb.environment().put("FACTLINE_DB_URL", url);
        pb.environment().put("FACTLINE_DB_USER", PostgresTestDatabase.USER);
        pb.environment().put("FACTLINE_DB_PASSWORD", PostgresTestDatabase.PASSWORD);
        pb.environment().put("FACTLINE_ADMIN_PASSWORD", PASSWORD);
        return pb;
    }

    private static String schemaOf(List<String> profile) {
        return profile.stream().filter(a -> a.startsWith("--spring.flyway.default-schema="))
                .map(a -> a.substring(a.indexOf('=') + 1)).findFirst().orElse("public");
    }

    /** Runs a command to its end; its standard output, or a failure with both outputs. */
    private String run(Path data, List<String> profile, List<String> args) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = builder(data, profile, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", args) + " finished").isTrue();
        String o = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(args.get(0) + ":\n" + o + Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return o;
    }

    private Process start(Path data, List<String> profile, int port) throws Exception {
        List<String> args = List.of("--server.port=" + port, "--server.address=127.0.0.1");
        Path log = dir.resolve("server-" + port + ".log");
        Process p = builder(data, profile, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FactlineJar.awaitHealthy(p, port, log);
        return p;
    }

    private static HttpURLConnection open(int port, String path) throws IOException {
        HttpURLConnection h = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                .openConnection();
        h.setConnectTimeout(2000);
        h.setReadTimeout(30_000);
        h.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return h;
    }

    private static String get(int port, String path) throws IOException {
        HttpURLConnection h = open(port, path);
        assertThat(h.getResponseCode()).as(path).isEqualTo(200);
        try (var in = h.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
