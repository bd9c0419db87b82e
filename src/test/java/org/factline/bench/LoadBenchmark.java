package org.factline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code clients} concurrent clients, each sending its next GET as soon as the last
 * one is answered, for {@code seconds}, against 127.0.0.1 only; every loop is bounded by the deadline and by a
 * request cap. Reports throughput, p50/p99 latency, errors and the server's resident memory.
 * Run with {@code bench/load-benchmark.sh}.
 */
public final class LoadBenchmark {

    static final int MAX_REQUESTS_PER_CLIENT = 100_000;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long serverPid = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        for (int i = 4; i < args.length; i++) {
            run(port, serverPid, clients, seconds, args[i]);
        }
    }

    static void run(int port, long serverPid, int clients, int seconds, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        // Warm up: JIT and caches, not counted.
        for (int i = 0; i < 200; i++) {
            http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline && n < MAX_REQUESTS_PER_CLIENT) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %d clients, %.0f s: %,d requests, %,.0f req/s, p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms, errors %d, server RSS %s%n", path, clients, elapsed, merged.length,
                merged.length / elapsed, percentile(merged, 0.50), percentile(merged, 0.99),
                merged[merged.length - 1] / 1e6, errors.get(), rss(serverPid));
    }

    static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return line.substring(6).strip();
            }
        }
        return "unknown";
    }
}
