package org.factline;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code factline.data-dir} absolute, resolved against the working directory, before anything reads it: the
 * embedded database's URL is built from it, and H2 refuses a relative path such as {@code --factline.data-dir=data}.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "factline.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(PROPERTY);
        if (dir != null && !dir.isBlank() && !dir.startsWith("~") && !Path.of(dir).isAbsolute()) {
            environment.getPropertySources().addFirst(new MapPropertySource("factline-data-dir-absolute",
                    Map.of(PROPERTY, Path.of(dir).toAbsolutePath().normalize().toString())));
        }
    }
}
