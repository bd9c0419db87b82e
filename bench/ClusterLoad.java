import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault benchmark's clients (run by bench/cluster.sh with {@code java bench/ClusterLoad.java}): readers and a few
 * writers against HAProxy for a fixed time, while it kills one Factline instance with SIGKILL and later stops the
 * replica; then a report of requests, failures and latencies before, during and after each fault, and a check that
 * every write the cluster acknowledged is there.
 *
 * <p>Arguments, as key=value: base (HAProxy's URL), stats (HAProxy's CSV stats URL), seconds, readers, writers,
 * think-ms, warmup (seconds, not counted), password (the admin's), kill-pid, kill-at, kill-server (its name in HAProxy), stop-replica (a shell
 * command), stop-at. Every request goes to 127.0.0.1.
 */
public class ClusterLoad {

    record Sample(long startNanos, long micros, boolean ok, boolean write) {
    }

    static final String[] GEOS = {"KGZ", "KAZ", "RUS", "USA", "DEU", "FRA", "CHN", "IND", "BRA", "ZAF", "TUR", "UZB"};
    static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Long> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();
    static final AtomicInteger WRITE_SEQ = new AtomicInteger();
    static volatile long t0;
    static volatile long endAt;

    public static void main(String[] argv) throws Exception {
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (String s : argv) {
            int eq = s.indexOf('=');
            a.put(s.substring(0, eq), s.substring(eq + 1));
        }
        String base = a.get("base");
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("the benchmark addresses 127.0.0.1 only: " + base);
        }
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
        int readers = Integer.parseInt(a.getOrDefault("readers", "196"));
        int writers = Integer.parseInt(a.getOrDefault("writers", "4"));
        long think = Long.parseLong(a.getOrDefault("think-ms", "100"));
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + a.get("password"))
                .getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();

        // Clients run through a warm-up first (the JIT, the pools); it is not counted, and the faults come after it.
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        t0 = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        endAt = t0 + Duration.ofSeconds(seconds).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            clients.add(new Thread(() -> read(http, base, think), "reader-" + i));
        }
        for (int i = 0; i < writers; i++) {
            clients.add(new Thread(() -> write(http, base, auth, Math.max(think, 1000)), "writer-" + i));
        }
        clients.forEach(Thread::start);

        double killAt = Double.parseDouble(a.getOrDefault("kill-at", "20"));
        double stopAt = Double.parseDouble(a.getOrDefault("stop-at", "40"));
        double killed = -1;
        double markedDown = -1;
        double stopped = -1;
        while (System.nanoTime() < t0) {
            Thread.sleep(50);
        }
        while (System.nanoTime() < endAt) {
            double now = (System.nanoTime() - t0) / 1e9;
            if (killed < 0 && now >= killAt) {
                new ProcessBuilder("kill", "-9", a.get("kill-pid")).inheritIO().start().waitFor();
                killed = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%6.2f s  SIGKILL to instance %s (pid %s)%n", killed,
                        a.get("kill-server"), a.get("kill-pid"));
            }
            if (killed >= 0 && markedDown < 0 && down(http, a.get("stats"), a.get("kill-server"))) {
                markedDown = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%6.2f s  HAProxy marks %s down%n", markedDown, a.get("kill-server"));
            }
            if (stopped < 0 && now >= stopAt) {
                double asked = (System.nanoTime() - t0) / 1e9;
                new ProcessBuilder("sh", "-c", a.get("stop-replica")).inheritIO().start().waitFor();
                stopped = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%6.2f s  replica stopped (asked at %.2f s)%n", stopped, asked);
            }
            Thread.sleep(50);
        }
        for (Thread t : clients) {
            t.join(15_000);
        }
        report(seconds, killed, markedDown, stopped);
        verifyWrites(http, base);
    }

    static void read(HttpClient http, String base, long think) {
        String etag = null;
        while (System.nanoTime() < endAt) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String geo = GEOS[r.nextInt(GEOS.length)];
            int pick = r.nextInt(100);
            String path = pick < 60 ? "/api/facts?geo=" + geo + "&indicator=NY.GDP.MKTP.KD.ZG&from=2000"
                    : pick < 80 ? "/api/claims" : "/api/charts/NY.GDP.MKTP.KD.ZG/" + geo + ".svg";
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5));
            // A share of the reads are conditional, as a browser's or a cache's are.
            if (pick < 60 && etag != null && r.nextInt(4) == 0) {
                b.header("If-None-Match", etag);
            }
            long start = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<byte[]> res = http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                ok = res.statusCode() == 200 || res.statusCode() == 304;
                etag = res.headers().firstValue("ETag").orElse(etag);
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                return;
            }
            record(start, ok, false);
            pause(think);
        }
    }

    static void write(HttpClient http, String base, String auth, long think) {
        while (System.nanoTime() < endAt) {
            int n = WRITE_SEQ.incrementAndGet();
            String body = "{\"url\": \"https://example.org/cluster-bench/" + System.currentTimeMillis() + "-" + n
                    + "\", \"title\": \"Cluster bench " + n + "\", \"published\": \"2024-03-01\", \"text\": "
                    + "\"Kyrgyzstan's economy shrank by 8.6% in 2020, the statistics committee said.\"}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                ok = res.statusCode() == 201;
                if (ok) {
                    Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(res.body());
                    if (m.find()) {
                        ACKNOWLEDGED.add(Long.parseLong(m.group(1)));
                    }
                }
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                return;
            }
            record(start, ok, true);
            pause(think);
        }
    }

    static void record(long start, boolean ok, boolean write) {
        if (start >= t0) {
            SAMPLES.add(new Sample(start - t0, (System.nanoTime() - start) / 1000, ok, write));
        }
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether HAProxy's CSV stats say the server is down (in either backend). */
    static boolean down(HttpClient http, String stats, String server) {
        try {
            String csv = http.send(HttpRequest.newBuilder(URI.create(stats)).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : csv.split("\n")) {
                String[] f = line.split(",");
                if (f.length > 17 && f[1].equals(server) && f[17].startsWith("DOWN")) {
                    return true;
                }
            }
        } catch (IOException | InterruptedException e) {
            return false;
        }
        return false;
    }

    record Window(String name, double from, double to) {
    }

    static void report(int seconds, double killed, double markedDown, double stopped) {
        List<Sample> all = new ArrayList<>(SAMPLES);
        System.out.println();
        System.out.println("| second | requests | failed GET | failed POST | p50 ms | p99 ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        double recovered = -1;
        for (int s = 0; s < seconds; s++) {
            Stats st = stats(all, s, s + 1);
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f |%n", s, st.n, st.failedGet,
                    st.failedPost, st.p50, st.p99);
            if (killed >= 0 && recovered < 0 && s >= Math.ceil(killed) && s + 3 <= seconds
                    && (stopped < 0 || s + 3 <= stopped)) {
                boolean steady = true;
                for (int k = s; k < s + 3; k++) {
                    Stats w = stats(all, k, k + 1);
                    steady &= w.p99 < 250 && w.failedGet == 0 && w.failedPost == 0;
                }
                if (steady) {
                    recovered = s;
                }
            }
        }
        List<Window> windows = new ArrayList<>();
        double down = markedDown >= 0 ? markedDown : killed;
        windows.add(new Window("before the kill", 0, killed));
        windows.add(new Window("kill → marked down", killed, down));
        windows.add(new Window("marked down → replica stop", down, stopped));
        windows.add(new Window("replica stop → +5 s", stopped, Math.min(seconds, stopped + 5)));
        windows.add(new Window("after", Math.min(seconds, stopped + 5), seconds));
        System.out.println();
        System.out.println("| window | seconds | requests | req/s | failed GET | failed POST | p50 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Window w : windows) {
            Stats st = stats(all, w.from, w.to);
            double len = Math.max(0, w.to - w.from);
            System.out.printf(Locale.ROOT, "| %s | %.2f–%.2f | %d | %.0f | %d | %d | %.1f | %.1f |%n", w.name, w.from,
                    w.to, st.n, len > 0 ? st.n / len : 0, st.failedGet, st.failedPost, st.p50, st.p99);
        }
        Stats total = stats(all, 0, seconds + 30);
        System.out.println();
        System.out.printf(Locale.ROOT, "requests served: %d, failed: %d GET and %d POST%n", total.n - total.failedGet
                - total.failedPost, total.failedGet, total.failedPost);
        System.out.printf(Locale.ROOT, "failed GETs after HAProxy marked the dead instance down: %d%n",
                stats(all, down, seconds + 30).failedGet);
        System.out.printf(Locale.ROOT, "window from SIGKILL to marked down: %.2f s%n", down - killed);
        System.out.println(recovered < 0 ? "p99 did not settle under 250 ms with no failures before the replica stop"
                : String.format(Locale.ROOT, "survivors carry the load (3 s in a row of p99 < 250 ms, no failure) "
                + "from second %.0f on, %.1f s after the kill (1-s steps)", recovered, recovered - killed));
    }

    record Stats(int n, int failedGet, int failedPost, double p50, double p99) {
    }

    static Stats stats(List<Sample> all, double from, double to) {
        long a = (long) (from * 1e9);
        long b = (long) (to * 1e9);
        long[] micros = all.stream().filter(s -> s.startNanos >= a && s.startNanos < b).mapToLong(Sample::micros)
                .sorted().toArray();
        int failedGet = (int) all.stream().filter(s -> s.startNanos >= a && s.startNanos < b && !s.ok && !s.write)
                .count();
        int failedPost = (int) all.stream().filter(s -> s.startNanos >= a && s.startNanos < b && !s.ok && s.write)
                .count();
        return new Stats(micros.length, failedGet, failedPost, percentile(micros, 50), percentile(micros, 99));
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    /** Every acknowledged write must be there: read each article back through HAProxy. */
    static void verifyWrites(HttpClient http, String base) throws Exception {
        List<Long> ids = new ArrayList<>(ACKNOWLEDGED);
        int missing = 0;
        for (long id : ids) {
            HttpResponse<Void> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sources/" + id))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            if (res.statusCode() != 200) {
                missing++;
                System.out.println("acknowledged article " + id + " answers " + res.statusCode());
            }
        }
        System.out.printf(Locale.ROOT, "writes acknowledged: %d, found afterwards: %d, lost: %d%n", ids.size(),
                ids.size() - missing, missing);
    }
}
