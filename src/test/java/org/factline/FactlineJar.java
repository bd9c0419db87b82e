package org.factline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The packaged jar in target/, started as a user starts it, for the tests of the command-line subcommands. */
public final class FactlineJar {

    private FactlineJar() {
    }

    /** The jar {@code mvn package} built. */
    public static Path path() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("factline.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar in target/: run mvn package first"));
        }
    }

    /** {@code java -jar factline.jar ARGS...} with this JVM's java. */
    public static List<String> command(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", path().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
