package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the application twice on the same file database: the second start adds nothing. */
class SeedOnceIT {

    private static final List<String> TABLES =
            List.of("geography", "indicator", "source", "observation", "citation", "import_batch", "seed_log");

    @TempDir
    Path dataDir;

    @Test
    void aRestartAddsNothing() {
        Map<String, Long> first = startCountAndStop();
        Map<String, Long> second = startCountAndStop();

        assertThat(first.get("observation")).isEqualTo(13_851 + 4 + 10);
        assertThat(first.get("citation")).isEqualTo(4);
        assertThat(first.get("source")).isEqualTo(3);
        assertThat(first.get("import_batch")).isEqualTo(1);
        assertThat(second).isEqualTo(first);
        assertThat(dataDir.resolve("db/factline.mv.db")).exists();
    }

    private Map<String, Long> startCountAndStop() {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run("--factline.data-dir=" + dataDir, "--server.port=0", "--logging.level.org.atmosphere=warn")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
            }
            return counts;
        }
    }
}
