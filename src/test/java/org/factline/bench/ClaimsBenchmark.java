package org.factline.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.factline.citation.CitationService;
import org.factline.citation.NewCitation;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.measure.Period;
import org.factline.observation.NewObservation;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.source.NewSource;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Server-side time of the Claims page's first page (50 claims, as the grid asks) with 10,000 citations over the
 * seeded WDI series, on an embedded H2 database kept under {@code target/bench-claims}. Each claim is checked
 * against the official vintages of its series and period. Run with {@code bench/claims-benchmark.sh}.
 */
public final class ClaimsBenchmark {

    private static final int CITATIONS = 10_000;
    private static final int RUNS = 40;

    private ClaimsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench-claims").toAbsolutePath();
        Files.createDirectories(dir);
        try (ConfigurableApplicationContext ctx = Bench.start(dir)) {
            ClaimService claims = ctx.getBean(ClaimService.class);
            if (claims.page(ClaimFilter.all(), 0, CITATIONS).size() < CITATIONS) {
                generate(ctx);
            }
            System.out.printf(Locale.ROOT, "%d claims stored%n", claims.claims(ClaimFilter.all()).size());
            System.out.println(Bench.time("claims: first page of 50, no filter",
                    () -> claims.page(ClaimFilter.all(), 0, 50), RUNS));
            System.out.println(Bench.time("claims: first page of 50, verdict differs",
                    () -> claims.page(new ClaimFilter(Verdict.DIFFERS, null, null, null, null), 0, 50), RUNS));
        }
    }

    /** 100 articles, each citing 100 WDI GDP-growth values (2000-2019 for 5 geographies), some of them off. */
    private static void generate(ConfigurableApplicationContext ctx) {
        SourceService sources = ctx.getBean(SourceService.class);
        ObservationService observations = ctx.getBean(ObservationService.class);
        CitationService citations = ctx.getBean(CitationService.class);
        List<String> geos = List.of("KGZ", "KAZ", "RUS", "UZB", "TJK");
        ctx.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            for (int a = 0; a < CITATIONS / 100; a++) {
                long article = sources.createArticle(new NewSource(SourceKind.ARTICLE,
                        "https://example.org/bench/claims/" + a, "Benchmark article " + a, "Bench", null,
                        LocalDate.of(2021, 1, 1).plusDays(a), null, null));
                for (int i = 0; i < 100; i++) {
                    String geo = geos.get(i % geos.size());
                    Period year = Period.year(2000 + i / geos.size());
                    BigDecimal value = new BigDecimal((i % 7) - 3 + "." + (a % 10));
                    long obs = observations.record(new NewObservation("NY.GDP.MKTP.KD.ZG", geo, year, value, "percent",
                            ObservationStatus.ESTIMATE, article, LocalDate.of(2021, 1, 1).plusDays(a)));
                    String figure = value.abs() + "%";
                    citations.add(new NewCitation(obs, article, figure, "growth of " + figure, null, null));
                }
            }
        });
    }
}
