package org.factline.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.factline.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: the application started on a data directory without the web layer, and timing. */
final class Bench {

    private Bench() {
    }

    /** Factline on an embedded database in {@code dir} (seeded on first use), without a web server. */
    static ConfigurableApplicationContext start(Path dir, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--factline.data-dir=" + dir,
                "--logging.level.root=warn", "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"), Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(args);
    }

    /**
     * Stops a benchmark whose database holds no catalog (the shared data not found beside the checkout): matched
     * against the seed's few indicators, its times would mean nothing.
     */
    static void requireCatalog(ConfigurableApplicationContext ctx) {
        int indicators = ctx.getBean(org.factline.indicator.IndicatorService.class).all().size();
        if (indicators < 1_000) {
            throw new IllegalStateException("The WDI catalog is not loaded (" + indicators + " indicators): is "
                    + java.nio.file.Path.of("../shared/data/wdi-catalog").toAbsolutePath().normalize() + " there?");
        }
    }

    /**
     * Runs {@code body} a few times to warm up, then {@code runs} times timed; returns a Markdown table row:
     * what, median, p95 and max in milliseconds, runs.
     */
    static String time(String what, Supplier<?> body, int runs) {
        for (int i = 0; i < Math.min(5, runs); i++) {
            body.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            body.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", what, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }
}
