package org.factline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factline.extraction.Candidate;
import org.factline.extraction.FigureExtractor;
import org.factline.geography.GeographyService;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportService;
import org.factline.indicator.IndicatorService;
import org.factline.linking.ArticleIntake;
import org.factline.matching.ReviewService;
import org.factline.source.Source;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Articles through the intake, each matched on arrival (extraction, candidates from the whole WDI catalog, the
 * official values looked up in the database, the sure figures linked), on an embedded H2 database under
 * {@code target/bench-matching} holding the seed and the WDI catalog's 1,500 indicators and 265 economies.
 * Articles are about 5,000 characters, made from the extraction corpus's texts. Run with
 * {@code bench/matching-benchmark.sh [ARTICLES]}.
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        Path dir = Path.of("target/bench-matching").toAbsolutePath();
        Files.createDirectories(dir);
        Path catalog = Path.of("../shared/data/wdi-catalog");
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/extraction/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                // The corpus marks each figure [[as written|kind|value|unit]]: keep what is written.
                corpus.add(Files.readString(f).replaceAll("\\[\\[([^|\\]]*)\\|[^\\]]*\\]\\]", "$1"));
            }
        }
        try (ConfigurableApplicationContext ctx = Bench.start(dir)) {
            TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
            if (ctx.getBean(IndicatorService.class).all().size() < 1_000) {
                loadCatalog(ctx, catalog);
            }
            Bench.requireCatalog(ctx);
            System.out.printf(Locale.ROOT, "%d indicators, %d geographies%n",
                    ctx.getBean(IndicatorService.class).all().size(), ctx.getBean(GeographyService.class).list().size());
            ArticleIntake intake = ctx.getBean(ArticleIntake.class);
            long run = System.currentTimeMillis();
            long chars = 0;
            long start = System.nanoTime();
            for (int a = 0; a < count; a++) {
                StringBuilder text = new StringBuilder();
                for (int i = a; text.length() < 5_000; i++) {
                    text.append(corpus.get(i % corpus.size())).append("\n\n");
                }
                chars += text.length();
                String url = "https://example.org/bench/matching/" + run + "/" + a;
                tx.executeWithoutResult(s -> intake.add(new ArticleIntake.Incoming(url, "Benchmark article",
                        "Bench", null, LocalDate.of(2021, 3, 1), text.toString())));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%d articles (%d characters on average) taken in and matched in %.1f s: "
                    + "%.1f articles/s%n", count, chars / count, seconds, count / seconds);
            timeTheReviewQueue(ctx);
        }
    }

    /**
     * The review queue's first page (50 figures) as the page asks for it: while figures wait, and when an editor has
     * decided every figure of every article, so that the queue has to look at all of them to find nothing. Each
     * read follows a write of one row and its removal (under 1 ms), as on a working desk: H2 would otherwise hand
     * back its last result unchanged.
     */
    private static void timeTheReviewQueue(ConfigurableApplicationContext ctx) {
        ReviewService review = ctx.getBean(ReviewService.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        List<Long> ids = ctx.getBean(SourceService.class).idsOfKind(SourceKind.ARTICLE);
        System.out.printf(Locale.ROOT, "| review queue, %d articles | median ms | p95 ms | max ms | runs |%n"
                + "|---|---:|---:|---:|---:|%n", ids.size());
        long any = ids.get(0);
        java.util.function.Supplier<Object> read = () -> {
            jdbc.update("insert into figure_decision (source_id, span_start, span_end, decision, decided_by, decided_at) "
                    + "values (?, -1, -1, 'REJECTED', 'bench-write', current_timestamp)", any);
            jdbc.update("delete from figure_decision where decided_by = 'bench-write'");
            return review.queue("", 50);
        };
        System.out.println(Bench.time("first 50 waiting figures", read, 20));
        List<Object[]> rejected = new ArrayList<>();
        for (Source s : ctx.getBean(SourceService.class).findAll(ids)) {
            if (s.text() == null) {
                continue;
            }
            java.util.Set<String> decided = new java.util.HashSet<>(jdbc.queryForList(
                    "select span_start || ':' || span_end from citation where source_id = ? and span_start is not null "
                            + "union select span_start || ':' || span_end from figure_decision where source_id = ?",
                    String.class, s.id(), s.id()));
            for (Candidate c : FigureExtractor.extract(s.text())) {
                if (decided.add(c.start() + ":" + c.end())) {
                    rejected.add(new Object[] {s.id(), c.start(), c.end()});
                }
            }
        }
        jdbc.batchUpdate("insert into figure_decision (source_id, span_start, span_end, decision, decided_by, "
                + "decided_at) values (?, ?, ?, 'REJECTED', 'bench', current_timestamp)", rejected);
        try {
            System.out.println(Bench.time("nothing waiting (" + rejected.size() + " figures rejected)", read, 10));
        } finally {
            jdbc.update("delete from figure_decision where decided_by = 'bench'");
        }
    }

    /** The catalog files imported as an editor imports them (auto-detected). */
    private static void loadCatalog(ConfigurableApplicationContext ctx, Path catalog) {
        ImportService importer = ctx.getBean(ImportService.class);
        for (String f : List.of("WDICountry.csv", "WDISeries.csv")) {
            importer.commit(catalog.resolve(f), f, ImportOptions.defaults("bench"));
        }
    }
}
