package org.factline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.factline.chart.TimeSeriesChart;
import org.factline.dashboard.DashboardService;
import org.factline.dashboard.SeriesPage;
import org.factline.dashboard.SeriesRequest;
import org.factline.explore.FactQuery;
import org.factline.explore.FactsService;
import org.factline.observation.FactSort;
import org.factline.observation.ObservationsChanged;
import org.factline.observation.SeriesSummaries;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server-side read times with a large embedded H2 database: a Facts grid page, an indicator page (data and chart)
 * for a 10,000-point series, and the overview. The database (seed plus generated rows) is kept under
 * {@code target/bench-facts} and reused by later runs. Run with {@code bench/facts-benchmark.sh [rows]}.
 */
public final class FactsBenchmark {

    private static final String GEOS = String.join(",", Arrays.stream(new String[] {"KGZ", "KAZ", "RUS", "UZB", "TJK",
            "ARM", "BLR", "DEU", "FRA", "USA", "GBR", "CHN", "IND", "BRA", "ZAF", "NGA", "EGY", "TUR", "IRN", "PAK",
            "IDN", "JPN", "KOR", "MEX", "CAN", "AUS", "ARG", "CHL", "PER", "COL", "POL", "UKR", "ROU", "HUN", "CZE",
            "SWE", "NOR", "FIN", "DNK", "NLD", "BEL", "ESP", "ITA", "PRT", "GRC", "AUT", "CHE", "IRL", "ISR", "SAU"})
            .map(g -> "'" + g + "'").toList());
    private static final int RUNS = 40;

    private FactsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path dir = Path.of("target/bench-facts").toAbsolutePath();
        Files.createDirectories(dir);
        try (ConfigurableApplicationContext ctx = Bench.start(dir)) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            generate(jdbc, ctx, rows);
            long total = jdbc.sql("select count(*) from observation").query(Long.class).single();
            System.out.printf(Locale.ROOT, "observations: %,d%n", total);

            FactsService facts = ctx.getBean(FactsService.class);
            DashboardService dashboard = ctx.getBean(DashboardService.class);
            List<String> out = new ArrayList<>();
            // Every run asks for a different page or filter: H2 reuses the result of an identical query.
            int[] n = {0};
            List<String> geos = Arrays.stream(GEOS.split(",")).map(g -> g.replace("'", "")).toList();
            out.add(time("facts page: no filter, newest first, one of the first 100 pages",
                    () -> facts.page(FactQuery.all().sorted(FactSort.PERIOD, true).page((n[0]++ % 100) * 100, 100))));
            out.add(time("facts page: no filter, newest first, a page past row 100,000",
                    () -> facts.page(FactQuery.all().sorted(FactSort.PERIOD, true).page(100_000 + (n[0]++ % 100) * 100, 100))));
            out.add(time("facts page: one geography, newest first",
                    () -> facts.page(query(List.of(geos.get(n[0]++ % 50)), List.of(), false, null)
                            .sorted(FactSort.PERIOD, true))));
            out.add(time("facts page: one geography, newest first, a page past row 10,000",
                    () -> facts.page(query(List.of(geos.get(n[0]++ % 50)), List.of(), false, null)
                            .sorted(FactSort.PERIOD, true).page(10_000 + (n[0] % 50) * 100, 100))));
            out.add(time("facts page: one geography, newest first, a page past row 120,000 (of 200,000)",
                    () -> facts.page(query(List.of(geos.get(n[0]++ % 50)), List.of(), false, null)
                            .sorted(FactSort.PERIOD, true).page(120_000 + (n[0] % 50) * 100, 100))));
            out.add(time("facts page: one geography and indicator, by value",
                    () -> facts.page(query(List.of(geos.get(n[0]++ % 50)), List.of("FL.BENCH." + (n[0] % 100)), false,
                            null).sorted(FactSort.VALUE, false))));
            out.add(time("facts page: cited only", () -> facts.page(query(List.of(), List.of(), true, null).sorted(FactSort.PERIOD, true).page((n[0]++ % 2) * 100, 100))));
            out.add(time("facts page: text search (an indicator name)", () -> facts.page(query(List.of(), List.of(),
                    false, "benchmark series " + (n[0]++ % 100)).sorted(FactSort.PERIOD, true).page(0, 100))));
            out.add(time("indicator page: 10,000-point series, data + SVG chart", () -> {
                // A different range end each run, so no result is reused.
                SeriesPage page = dashboard.seriesPage(new SeriesRequest("FL.BENCH.LONG", List.of("KGZ"), null, null,
                        org.factline.measure.Period.day(java.time.LocalDate.of(2030, 1, 1).plusDays(n[0]++)), null))
                        .orElseThrow();
                if (page.rows().size() != 10_000) {
                    throw new IllegalStateException("expected 10,000 rows, got " + page.rows().size());
                }
                return TimeSeriesChart.svg(page.chart(), 960, 440);
            }));
            org.factline.dashboard.OverviewService overview = ctx.getBean(org.factline.dashboard.OverviewService.class);
            out.add(time("overview: first page of 60 cards, cited first",
                    () -> overview.page(new org.factline.dashboard.OverviewService.Query(null, null, null), 0, 60)));
            out.forEach(System.out::println);
        }
    }

    private static FactQuery query(List<String> geos, List<String> indicators, boolean cited, String text) {
        return new FactQuery(geos, indicators, null, null, null, null, null, cited, text, FactSort.PERIOD, true, 0, 100);
    }

    /** Adds generated rows until there are {@code rows} generated ones: 100 indicators x 50 countries x days. */
    static void generate(JdbcClient jdbc, org.springframework.context.ApplicationContext ctx, long rows) {
        long have = jdbc.sql("select count(*) from observation o join series s on s.id = o.series_id "
                        + "where s.indicator_code like 'FL.BENCH.%'")
                .query(Long.class).single();
        if (have >= rows) {
            return;
        }
        jdbc.sql("insert into source (kind, url, title, publisher) select 'DATASET', 'https://example.org/bench', "
                + "'Generated benchmark data', 'Factline' where not exists (select 1 from source where url = "
                + "'https://example.org/bench')").update();
        long source = jdbc.sql("select id from source where url = 'https://example.org/bench'").query(Long.class).single();
        for (int i = 0; i < 100; i++) {
            jdbc.sql("merge into indicator (code, name, unit, frequency) key (code) values (?, ?, '', 'D')")
                    .params("FL.BENCH." + i, "Benchmark series " + i).update();
        }
        jdbc.sql("merge into indicator (code, name, unit, frequency) key (code) values ('FL.BENCH.LONG', "
                + "'Benchmark long series', '', 'D')").update();
        jdbc.sql("""
                merge into series (indicator_code, geography_code, source_id)
                    key (indicator_code, geography_code, source_id)
                select 'FL.BENCH.' || i.x, g.code, ? from system_range(0, 99) i(x)
                cross join (select code from geography where code in (%s)) g""".formatted(GEOS)).param(source).update();
        jdbc.sql("merge into series (indicator_code, geography_code, source_id) "
                + "key (indicator_code, geography_code, source_id) values ('FL.BENCH.LONG', 'KGZ', ?)")
                .param(source).update();
        long start = System.nanoTime();
        long chunk = 500_000;
        for (long from = have; from < rows; from += chunk) {
            long to = Math.min(rows, from + chunk);
            jdbc.sql("""
                    insert into observation (series_id, period_start, frequency, obs_value, value_scale, unit, status,
                                             vintage)
                    select s.id, dateadd(day, x / 5000, date '1990-01-01'), 'D',
                           cast(mod(x * 7919, 100000) as numeric(44, 16)) / 100, 2, '', 'OFFICIAL', date '2026-01-01'
                    from system_range(?, ?) r(x)
                    join (select rownum() - 1 as n, code from geography where code in (%s) order by code) g
                      on g.n = mod(x / 100, 50)
                    join series s on s.indicator_code = 'FL.BENCH.' || mod(x, 100) and s.geography_code = g.code
                                 and s.source_id = ?""".formatted(GEOS))
                    .params(from, to - 1, source).update();
            System.out.printf(Locale.ROOT, "generated %,d rows (%.0f rows/s)%n", to,
                    (to - have) / ((System.nanoTime() - start) / 1e9));
        }
        jdbc.sql("""
                insert into observation (series_id, period_start, frequency, obs_value, value_scale, unit, status,
                                         vintage)
                select s.id, dateadd(day, x, date '1990-01-01'), 'D',
                       cast(mod(x * 31, 1000) as numeric(44, 16)) / 10, 1, '', 'OFFICIAL', date '2026-01-01'
                from system_range(0, 9999) r(x)
                join series s on s.indicator_code = 'FL.BENCH.LONG' and s.geography_code = 'KGZ' and s.source_id = ?
                where not exists (select 1 from observation where series_id = s.id)""")
                .param(source).update();
        // The rows went in by SQL, around the services: bring the series summaries up to date.
        List<SeriesSummaries.Series> series = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            for (String g : GEOS.split(",")) {
                series.add(new SeriesSummaries.Series("FL.BENCH." + i, g.replace("'", "")));
            }
        }
        series.add(new SeriesSummaries.Series("FL.BENCH.LONG", "KGZ"));
        long t = System.nanoTime();
        // As a write through the services would: the summaries listen to the change, in a transaction.
        ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(tx ->
                ctx.publishEvent(new ObservationsChanged(List.of(), new java.util.HashSet<>(series))));
        System.out.printf(Locale.ROOT, "refreshed %,d series summaries in %.1f s%n", series.size(),
                (System.nanoTime() - t) / 1e9);
        // And the geography-period counts (decision 017), which a write through the services appends to.
        jdbc.sql("delete from geography_period_count").update();
        jdbc.sql("""
                insert into geography_period_count (geography_code, period_start, observations)
                select s.geography_code, o.period_start, count(*)
                from observation o join series s on s.id = o.series_id
                group by s.geography_code, o.period_start""").update();
        jdbc.sql("analyze").update();
    }

    private static String time(String what, Supplier<?> body) {
        return Bench.time(what, body, RUNS);
    }
}
