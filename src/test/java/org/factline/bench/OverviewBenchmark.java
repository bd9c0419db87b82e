package org.factline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.factline.dashboard.OverviewService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server-side times of the overview with about 400,000 series (1,500 generated indicators for each of the seeded
 * economies, as the whole WDI catalog would give), on an embedded H2 database kept under
 * {@code target/bench-overview}. Run with {@code bench/overview-benchmark.sh}.
 */
public final class OverviewBenchmark {

    private static final int INDICATORS = 1_500;
    private static final int RUNS = 30;

    private OverviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench-overview").toAbsolutePath();
        Files.createDirectories(dir);
        try (ConfigurableApplicationContext ctx = Bench.start(dir)) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            if (jdbc.sql("select count(*) from indicator where code like 'FL.BENCH.I%'").query(Long.class).single() == 0) {
                // Summaries written directly: the overview reads nothing else of a series.
                jdbc.sql("""
                        insert into indicator (code, name, unit, frequency)
                        select 'FL.BENCH.I' || x, 'Benchmark indicator ' || x, 'percent', 'A'
                        from system_range(1, ?) r(x)""").param(INDICATORS).update();
                jdbc.sql("""
                        insert into series_summary (indicator_code, geography_code, observations, latest_period,
                                                    frequency, latest_value, latest_scale, previous_period,
                                                    previous_value, previous_scale)
                        select i.code, g.code, 60, date '2023-01-01', 'A', 1.5, 1, date '2022-01-01', 1.2, 1
                        from indicator i cross join geography g where i.code like 'FL.BENCH.I%'""").update();
                jdbc.sql("analyze").update();
            }
            OverviewService overview = ctx.getBean(OverviewService.class);
            System.out.printf(Locale.ROOT, "%,d series%n",
                    jdbc.sql("select count(*) from series_summary").query(Long.class).single());
            int[] n = {0};
            time("overview: first page of 60 cards, no filter", () -> overview.page(q(null, null, null), 0, 60));
            time("overview: a page past card 200,000", () -> overview.page(q(null, null, null),
                    200_000 + (n[0]++ % 50) * 60, 60));
            time("overview: count, no filter (the card list's length)", () -> overview.count(q(null, null, null)));
            time("overview: search \"kyrgyz\", first page", () -> overview.page(q("kyrgyz", null, null), 0, 60));
            time("overview: search an indicator name, first page", () -> overview.page(
                    q("benchmark indicator 7" + (n[0]++ % 10), null, null), 0, 60));
            time("overview: one geography, first page", () -> overview.page(q(null, "KAZ", null), 0, 60));
        }
    }

    private static OverviewService.Query q(String search, String geo, String indicator) {
        return new OverviewService.Query(search, geo, indicator);
    }

    private static void time(String what, Supplier<?> body) {
        System.out.println(Bench.time(what, body, RUNS));
    }
}
