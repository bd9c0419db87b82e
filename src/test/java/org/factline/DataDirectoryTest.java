package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** {@code --factline.data-dir=data} works: the directory is made absolute before the database URL is built. */
class DataDirectoryTest {

    private static String resolved(String dir) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("args", Map.of("factline.data-dir", dir,
                "spring.datasource.url", "jdbc:h2:file:${factline.data-dir}/db/factline")));
        new DataDirectory().postProcessEnvironment(env, new SpringApplication());
        return env.getProperty("spring.datasource.url");
    }

    @Test
    void aRelativeDirectoryIsResolvedAgainstTheWorkingDirectory() {
        assertThat(resolved("work/data")).isEqualTo("jdbc:h2:file:"
                + Path.of("work/data").toAbsolutePath().normalize() + "/db/factline");
        assertThat(resolved("./data")).isEqualTo("jdbc:h2:file:" + Path.of("data").toAbsolutePath() + "/db/factline");
    }

    @Test
    void anAbsoluteOrHomeDirectoryIsLeftAsGiven() {
        assertThat(resolved("/srv/factline")).isEqualTo("jdbc:h2:file:/srv/factline/db/factline");
        assertThat(resolved("~/factline")).isEqualTo("jdbc:h2:file:~/factline/db/factline");
    }
}
