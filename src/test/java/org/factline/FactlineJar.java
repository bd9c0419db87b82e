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

    /** A free port on the loopback address, for an instance a test starts. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until an instance answers its health check on the port, at most three minutes; fails with the tail of its
     * log when it stops or does not answer in time.
     */
    public static void awaitHealthy(Process p, int port, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the instance on port " + port + " stopped:\n" + tail(log));
            }
            try {
                java.net.HttpURLConnection h = (java.net.HttpURLConnection) java.net.URI.create(
                        "http://127.0.0.1:" + port + "/actuator/health").toURL().openConnection();
                h.setConnectTimeout(1000);
                h.setReadTimeout(5000);
                if (h.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the instance on port " + port + " was not healthy within 3 minutes:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
