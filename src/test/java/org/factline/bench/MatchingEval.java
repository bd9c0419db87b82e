package org.factline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factline.importer.ImportOptions;
import org.factline.importer.ImportService;
import org.factline.indicator.IndicatorService;
import org.factline.linking.ArticleIntake;
import org.factline.matching.FigureReport;
import org.factline.matching.MatchingService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How well the matcher does on labelled articles: every figure of {@code src/test/resources/matching/eval} marked with
 * the series and period it states (or none), on an embedded H2 database under {@code target/bench-matching-eval}
 * holding the seed, the WDI catalog and the WDI files of {@code ../shared/data/wdi-more}. Reports the top-1 and top-5
 * accuracy, the matcher's links and how many were right, and the share of right top candidates by score (how well
 * the score is calibrated); then how many links it makes in the extraction corpus's invented articles, where none is
 * right. Run with {@code bench/matching-eval.sh}.
 */
public final class MatchingEval {

    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]*)\\|([^\\]]*)\\]\\]");

    private MatchingEval() {
    }

    /** A marked figure: what is written, where, and the series and period it states ("-" for none). */
    record Label(String file, String written, int at, String expected) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench-matching-eval").toAbsolutePath();
        Files.createDirectories(dir);
        Path data = Path.of("../shared/data");
        try (ConfigurableApplicationContext ctx = Bench.start(dir)) {
            ImportService importer = ctx.getBean(ImportService.class);
            if (ctx.getBean(IndicatorService.class).all().size() < 1_000) {
                List<Path> files = new ArrayList<>(List.of(data.resolve("wdi-catalog/WDICountry.csv"),
                        data.resolve("wdi-catalog/WDISeries.csv")));
                try (Stream<Path> more = Files.list(data.resolve("wdi-more"))) {
                    more.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    importer.commit(f, f.getFileName().toString(), ImportOptions.defaults("eval"));
                }
            }
            ArticleIntake intake = ctx.getBean(ArticleIntake.class);
            MatchingService matching = ctx.getBean(MatchingService.class);
            TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
            long run = System.currentTimeMillis();
            List<String> rows = new ArrayList<>();
            rows.add("file\tfigure\texpected\ttop\tscore\tverdict\tlinked\tin top 5");
            int positives = 0;
            int found = 0;
            int top1 = 0;
            int top5 = 0;
            int linked = 0;
            int linkedRight = 0;
            int negatives = 0;
            int negativesLinked = 0;
            int[] bins = new int[5];
            int[] binsRight = new int[5];
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/matching/eval"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    String title = lines.get(0);
                    LocalDate published = null;
                    String publisher = null;
                    int body = 1;
                    for (; body < lines.size() && !lines.get(body).isBlank(); body++) {
                        String[] kv = lines.get(body).split(":", 2);
                        if (kv[0].equals("Published")) {
                            published = LocalDate.parse(kv[1].strip());
                        } else if (kv[0].equals("Publisher")) {
                            publisher = kv[1].strip();
                        }
                    }
                    String marked = String.join("\n", lines.subList(body, lines.size())).strip();
                    StringBuilder text = new StringBuilder();
                    List<Label> labels = new ArrayList<>();
                    Matcher m = MARK.matcher(marked);
                    int last = 0;
                    while (m.find()) {
                        text.append(marked, last, m.start());
                        labels.add(new Label(f.getFileName().toString(), m.group(1), text.length(),
                                m.group(2).replace('|', ' ')));
                        text.append(m.group(1));
                        last = m.end();
                    }
                    text.append(marked.substring(last));
                    String url = "https://example.org/eval/" + run + "/" + f.getFileName();
                    LocalDate on = published;
                    String by = publisher;
                    long id = tx.execute(s -> intake.add(new ArticleIntake.Incoming(url, title, by, null, on,
                            text.toString())).id());
                    List<FigureReport> report = matching.report(id);
                    for (Label l : labels) {
                        FigureReport r = report.stream().filter(x -> x.figure().text().equals(l.written()))
                                .min((a, b) -> Math.abs(a.figure().start() - l.at())
                                        - Math.abs(b.figure().start() - l.at())).orElse(null);
                        boolean positive = !l.expected().equals("-");
                        positives += positive ? 1 : 0;
                        negatives += positive ? 0 : 1;
                        if (r == null) {
                            rows.add(l.file() + "\t" + l.written() + "\t" + l.expected() + "\tnot extracted\t\t\t\t");
                            continue;
                        }
                        found += positive ? 1 : 0;
                        List<String> candidates = r.candidates().stream().map(o -> o.indicatorCode() + " "
                                + o.geographyCode() + " " + o.period()).toList();
                        boolean right1 = positive && !candidates.isEmpty() && candidates.get(0).equals(l.expected());
                        boolean right5 = positive && candidates.contains(l.expected());
                        top1 += right1 ? 1 : 0;
                        top5 += right5 ? 1 : 0;
                        boolean machine = r.link() != null && r.link().machine();
                        if (machine) {
                            String link = r.link().indicatorCode() + " " + r.link().geographyCode() + " "
                                    + r.link().period();
                            linked++;
                            linkedRight += link.equals(l.expected()) ? 1 : 0;
                            negativesLinked += positive ? 0 : 1;
                        }
                        double score = r.candidates().isEmpty() ? 0 : r.candidates().get(0).score();
                        int bin = Math.min(4, (int) (score * 5));
                        bins[bin]++;
                        binsRight[bin] += right1 ? 1 : 0;
                        rows.add(l.file() + "\t" + l.written() + "\t" + l.expected() + "\t"
                                + (candidates.isEmpty() ? "" : candidates.get(0)) + "\t"
                                + String.format(Locale.ROOT, "%.2f", score) + "\t"
                                + (r.candidates().isEmpty() ? "" : r.candidates().get(0).verdict().label()) + "\t"
                                + (machine ? "machine" : "") + "\t" + right5);
                    }
                }
            }
            Files.write(Path.of("target/matching-eval.tsv"), rows);
            System.out.printf(Locale.ROOT, "%d labelled figures: %d stating an annual WDI value, %d not%n",
                    positives + negatives, positives, negatives);
            System.out.printf(Locale.ROOT, "extracted: %d of %d; top candidate right: %d (%.0f%%); right among the "
                    + "top 5: %d (%.0f%%)%n", found, positives, top1, 100.0 * top1 / positives, top5,
                    100.0 * top5 / positives);
            System.out.printf(Locale.ROOT, "linked by the matcher: %d, right: %d, of figures stating no annual "
                    + "value: %d of %d%n", linked, linkedRight, negativesLinked, negatives);
            System.out.println("| top score | figures | top candidate right |");
            System.out.println("|---|---:|---:|");
            for (int b = 0; b < 5; b++) {
                System.out.printf(Locale.ROOT, "| %.1f–%.1f | %d | %s |%n", b / 5.0, (b + 1) / 5.0, bins[b],
                        bins[b] == 0 ? "" : String.format(Locale.ROOT, "%d (%.0f%%)", binsRight[b],
                                100.0 * binsRight[b] / bins[b]));
            }
            corpus(intake, matching, tx, run);
        }
    }

    /** The matcher's links in the extraction corpus's invented articles: each one is a mistake. */
    private static void corpus(ArticleIntake intake, MatchingService matching, TransactionTemplate tx, long run)
            throws Exception {
        int articles = 0;
        int figures = 0;
        List<String> links = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/extraction/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f).replaceAll("\\[\\[([^|\\]]*)\\|[^\\]]*\\]\\]", "$1");
                String title = text.lines().findFirst().orElse("untitled");
                String url = "https://example.org/eval-corpus/" + run + "/" + f.getFileName();
                long id = tx.execute(s -> intake.add(new ArticleIntake.Incoming(url, title, "corpus", null,
                        LocalDate.of(2023, 6, 1), text)).id());
                articles++;
                for (FigureReport r : matching.report(id)) {
                    figures++;
                    if (r.link() != null && r.link().machine()) {
                        links.add(f.getFileName() + ": '" + r.figure().text() + "' -> " + r.link().indicatorCode()
                                + " " + r.link().geographyCode() + " " + r.link().period());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "extraction corpus (invented figures): %d articles, %d figures, %d linked by "
                + "the matcher%n", articles, figures, links.size());
        links.forEach(l -> System.out.println("  " + l));
    }
}
