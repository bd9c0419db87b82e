package org.factline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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

        /** What an evaluation file's mark says: "INDICATOR|GEO|PERIOD", or "-". */
        String mark() {
            return expected.replace('|', ' ');
        }
    }

    /**
     * Scores every part, or only the parts named as arguments ("blind45", "corpus" for the extraction corpus): a
     * quicker run while a part's misses are looked into.
     */
    public static void main(String[] args) throws Exception {
        java.util.Set<String> only = java.util.Set.of(args);
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
            Bench.requireCatalog(ctx);
            ArticleIntake intake = ctx.getBean(ArticleIntake.class);
            MatchingService matching = ctx.getBean(MatchingService.class);
            TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
            long run = System.currentTimeMillis();
            List<String> rows = new ArrayList<>();
            rows.add("part\tfile\tfigure\texpected\ttop\tscore\tverdict\tlinked\tin top 5\tcandidates");
            // The parts written in the evaluation's own format, each after the changes the one before prompted.
            List<Score> parts = new ArrayList<>();
            for (String[] part : new String[][] {
                {"eval", "tuned: src/test/resources/matching/eval"},
                {"blind", "fresh: src/test/resources/matching/blind, written and labelled after the matcher was tuned"},
                {"blind2", "newer: src/test/resources/matching/blind2, written and labelled after the fresh part's "
                        + "changes"},
                {"blind3", "third: src/test/resources/matching/blind3, written and labelled after the newer part's "
                        + "changes"},
                {"blind4", "fourth: src/test/resources/matching/blind4, written and labelled after the third part's "
                        + "changes"},
                {"blind5", "fifth: src/test/resources/matching/blind5, written and labelled after the fourth part's "
                        + "changes"},
                {"blind6", "sixth: src/test/resources/matching/blind6, written and labelled after the fifth part's "
                        + "changes"},
                {"blind7", "seventh: src/test/resources/matching/blind7, written and labelled after the sixth part's "
                        + "changes"},
                {"blind8", "eighth: src/test/resources/matching/blind8, written and labelled after the seventh part's "
                        + "changes"},
                {"blind9", "ninth: src/test/resources/matching/blind9, written and labelled after the eighth part's "
                        + "changes"},
                {"blind10", "tenth: src/test/resources/matching/blind10, written and labelled after the ninth part's "
                        + "changes"},
                {"blind11", "eleventh: src/test/resources/matching/blind11, written and labelled after the tenth "
                        + "part's changes"},
                {"blind12", "twelfth: src/test/resources/matching/blind12, written and labelled after the eleventh "
                        + "part's changes"},
                {"blind13", "thirteenth: src/test/resources/matching/blind13, written and labelled after the "
                        + "twelfth part's changes"},
                {"blind14", "fourteenth: src/test/resources/matching/blind14, written and labelled after the "
                        + "thirteenth part's changes"},
                {"blind15", "fifteenth: src/test/resources/matching/blind15, written and labelled after the "
                        + "fourteenth part's changes"},
                {"blind16", "sixteenth: src/test/resources/matching/blind16, written and labelled after the "
                        + "fifteenth part's changes"},
                {"blind17", "seventeenth: src/test/resources/matching/blind17, written and labelled after the "
                        + "sixteenth part's changes"},
                {"blind18", "eighteenth: src/test/resources/matching/blind18, written and labelled after the "
                        + "seventeenth part's changes"},
                {"blind19", "nineteenth: src/test/resources/matching/blind19, written and labelled after the "
                        + "eighteenth part's changes"},
                {"blind20", "twentieth: src/test/resources/matching/blind20, written and labelled after the "
                        + "nineteenth part's changes"},
                {"blind21", "twenty-first: src/test/resources/matching/blind21, written and labelled after the "
                        + "twentieth part's changes"},
                {"blind22", "twenty-second: src/test/resources/matching/blind22, written and labelled after the "
                        + "twenty-first part's changes"},
                {"blind23", "twenty-third: src/test/resources/matching/blind23, written and labelled after the "
                        + "twenty-second part's changes"},
                {"blind24", "twenty-fourth: src/test/resources/matching/blind24, written and labelled after the "
                        + "twenty-third part's changes"},
                {"blind25", "twenty-fifth: src/test/resources/matching/blind25, written and labelled after the "
                        + "twenty-fourth part's changes"},
                {"blind26", "twenty-sixth: src/test/resources/matching/blind26, written and labelled after the "
                        + "twenty-fifth part's changes"},
                {"blind27", "twenty-seventh: src/test/resources/matching/blind27, written and labelled after the "
                        + "twenty-sixth part's changes"},
                {"blind28", "twenty-eighth: src/test/resources/matching/blind28, written and labelled after the "
                        + "twenty-seventh part's changes"},
                {"blind29", "twenty-ninth: src/test/resources/matching/blind29, written and labelled after the "
                        + "twenty-eighth part's changes"},
                {"blind30", "thirtieth: src/test/resources/matching/blind30, written and labelled after the "
                        + "twenty-ninth part's changes"},
                {"blind31", "thirty-first: src/test/resources/matching/blind31, written and labelled after the "
                        + "thirtieth part's changes"},
                {"blind32", "thirty-second: src/test/resources/matching/blind32, written and labelled after the "
                        + "thirty-first part's changes"},
                {"blind33", "thirty-third: src/test/resources/matching/blind33, written and labelled after the "
                        + "thirty-second part's changes"},
                {"blind34", "thirty-fourth: src/test/resources/matching/blind34, written and labelled after the "
                        + "thirty-third part's changes"},
                {"blind35", "thirty-fifth: src/test/resources/matching/blind35, written and labelled after the "
                        + "thirty-fourth part's changes"},
                {"blind36", "thirty-sixth: src/test/resources/matching/blind36, written and labelled after the "
                        + "thirty-fifth part's changes"},
                {"blind37", "thirty-seventh: src/test/resources/matching/blind37, written and labelled after the "
                        + "thirty-sixth part's changes"},
                {"blind38", "thirty-eighth: src/test/resources/matching/blind38, written and labelled after the "
                        + "thirty-seventh part's first run"},
                {"blind39", "thirty-ninth: src/test/resources/matching/blind39, written and labelled after the "
                        + "thirty-eighth part's changes"},
                {"blind40", "fortieth: src/test/resources/matching/blind40, written and labelled after the "
                        + "thirty-ninth part's changes"},
                {"blind41", "forty-first: src/test/resources/matching/blind41, written and labelled before the "
                        + "fortieth part's first run"},
                {"blind42", "forty-second: src/test/resources/matching/blind42, written and labelled after the "
                        + "forty-first part's changes"},
                {"blind43", "forty-third: src/test/resources/matching/blind43, written and labelled after the "
                        + "forty-second part's first run"},
                {"blind44", "forty-fourth: src/test/resources/matching/blind44, written and labelled after the "
                        + "forty-third part's changes"},
                {"blind45", "forty-fifth: src/test/resources/matching/blind45, written and labelled after the "
                        + "forty-fourth part's changes"},
                {"blind46", "forty-sixth: src/test/resources/matching/blind46, written and labelled after the "
                        + "forty-fifth part's changes"},
                {"blind47", "forty-seventh: src/test/resources/matching/blind47, written and labelled after the "
                        + "forty-sixth part's changes"},
                {"blind48", "forty-eighth: src/test/resources/matching/blind48, written and labelled after the "
                        + "forty-seventh part's changes"}}) {
                if (!only.isEmpty() && !only.contains(part[0])) {
                    continue;
                }
                Score score = new Score(part[1]);
                for (Path f : txt(Path.of("src/test/resources/matching", part[0]))) {
                    score.article(f, Marked.evalFile(f), intake, matching, tx, run, rows);
                }
                parts.add(score);
            }
            Map<String, String> corpusLabels = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("src/test/resources/matching/corpus-labels.tsv"))
                    .stream().skip(1).toList()) {
                String[] c = line.split("\t");
                corpusLabels.put(c[0] + "\t" + c[1], c[2]);
            }
            Score blind = new Score("blind: the extraction corpus, labelled after the matcher was tuned");
            List<Path> corpus = new ArrayList<>();
            if (only.isEmpty() || only.contains("corpus")) {
                corpus.addAll(txt(Path.of("src/test/resources/extraction/corpus")));
                corpus.addAll(txt(Path.of("src/test/resources/extraction/heldout")));
            }
            for (Path f : corpus) {
                blind.article(f, Marked.corpusFile(f, corpusLabels), intake, matching, tx, run, rows);
            }
            Files.write(Path.of("target/matching-eval.tsv"), rows);
            parts.forEach(Score::print);
            blind.print();
        }
    }

    private static List<Path> txt(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** An article with its marks taken out: its title, date, publisher, text, and each marked figure's label. */
    record Marked(String title, LocalDate published, String publisher, String text, List<Label> labels) {

        private static final Pattern DATE = Pattern.compile("(\\d{1,2}) (January|February|March|April|May|June|"
                + "July|August|September|October|November|December),? (\\d{4})|(January|February|March|April|May|"
                + "June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})");

        /** A file of the evaluation set: a title line, header lines, then the text with marked figures. */
        static Marked evalFile(Path f) throws java.io.IOException {
            List<String> lines = Files.readAllLines(f);
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
            return strip(f, lines.get(0), published, publisher,
                    String.join("\n", lines.subList(body, lines.size())).strip(), l -> l.mark());
        }

        /**
         * A file of the extraction corpus (marks of kind and value): the whole file is the text, its date the
         * dateline's, and a figure states what {@code labels} says, else no series value.
         */
        static Marked corpusFile(Path f, Map<String, String> labels) throws java.io.IOException {
            String all = Files.readString(f);
            String title = all.lines().findFirst().orElse("").replaceAll("\\[\\[([^|\\]]*)\\|[^\\]]*\\]\\]", "$1");
            Matcher d = DATE.matcher(all);
            LocalDate published = LocalDate.of(2023, 6, 1);
            if (d.find()) {
                String day = d.group(1) != null ? d.group(1) : d.group(5);
                String month = d.group(2) != null ? d.group(2) : d.group(4);
                String year = d.group(3) != null ? d.group(3) : d.group(6);
                published = LocalDate.of(Integer.parseInt(year), java.time.Month.valueOf(month.toUpperCase(Locale.ROOT)),
                        Integer.parseInt(day));
            }
            String name = f.getFileName().toString();
            return strip(f, title, published, "corpus", all,
                    l -> labels.getOrDefault(name + "\t" + l.written(), "-"));
        }

        private static Marked strip(Path f, String title, LocalDate published, String publisher, String marked,
                                    java.util.function.Function<Label, String> label) {
            StringBuilder text = new StringBuilder();
            List<Label> labels = new ArrayList<>();
            Matcher m = MARK.matcher(marked);
            int last = 0;
            while (m.find()) {
                text.append(marked, last, m.start());
                Label raw = new Label(f.getFileName().toString(), m.group(1), text.length(), m.group(2));
                labels.add(new Label(raw.file(), raw.written(), raw.at(), label.apply(raw)));
                text.append(m.group(1));
                last = m.end();
            }
            text.append(marked.substring(last));
            return new Marked(title, published, publisher, text.toString(), labels);
        }
    }

    /** The counts of one part of the set. */
    static final class Score {
        final String name;
        int articles;
        int positives;
        int found;
        int top1;
        int top5;
        int linked;
        int linkedRight;
        int negatives;
        int negativesLinked;
        final int[] bins = new int[5];
        final int[] binsRight = new int[5];

        Score(String name) {
            this.name = name;
        }

        void article(Path f, Marked a, ArticleIntake intake, MatchingService matching, TransactionTemplate tx,
                     long run, List<String> rows) {
            String url = "https://example.org/eval/" + run + "/" + f.getParent().getFileName() + "/" + f.getFileName();
            long id = tx.execute(s -> intake.add(new ArticleIntake.Incoming(url, a.title(), a.publisher(), null,
                    a.published(), a.text())).id());
            articles++;
            List<FigureReport> report = matching.report(id);
            for (Label l : a.labels()) {
                FigureReport r = report.stream().filter(x -> x.figure().text().equals(l.written()))
                        .min((x, y) -> Math.abs(x.figure().start() - l.at()) - Math.abs(y.figure().start() - l.at()))
                        .orElse(null);
                boolean positive = !l.expected().equals("-");
                positives += positive ? 1 : 0;
                negatives += positive ? 0 : 1;
                if (r == null) {
                    // A label that covers less or more than the figure read at its place ("5.3 million" of "5.3
                    // million people") is a slip of the label's, and says so.
                    String readThere = report.stream().filter(x -> x.figure().start() == l.at())
                            .map(x -> "not extracted as labelled; read as '" + x.figure().text() + "'")
                            .findFirst().orElse("not extracted");
                    rows.add(name.substring(0, 5) + "\t" + l.file() + "\t" + l.written() + "\t" + l.expected()
                            + "\t" + readThere + "\t\t\t\t");
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
                    String link = r.link().indicatorCode() + " " + r.link().geographyCode() + " " + r.link().period();
                    linked++;
                    linkedRight += link.equals(l.expected()) ? 1 : 0;
                    negativesLinked += positive ? 0 : 1;
                }
                double score = r.candidates().isEmpty() ? 0 : r.candidates().get(0).score();
                int bin = Math.min(4, (int) (score * 5));
                bins[bin]++;
                binsRight[bin] += right1 ? 1 : 0;
                rows.add(name.substring(0, 5) + "\t" + l.file() + "\t" + l.written() + "\t" + l.expected() + "\t"
                        + (candidates.isEmpty() ? "" : candidates.get(0)) + "\t"
                        + String.format(Locale.ROOT, "%.2f", score) + "\t"
                        + (r.candidates().isEmpty() ? "" : r.candidates().get(0).verdict().label()) + "\t"
                        + (machine ? "machine" : "") + "\t" + right5 + "\t" + r.candidates().stream()
                        .map(o -> o.indicatorCode() + " " + o.geographyCode() + " " + o.period() + String.format(
                                Locale.ROOT, " %.2f", o.score())).collect(java.util.stream.Collectors.joining("; ")));
            }
        }

        void print() {
            System.out.printf(Locale.ROOT, "%n## %s%n%d articles, %d labelled figures: %d stating an annual WDI "
                    + "value, %d not%n", name, articles, positives + negatives, positives, negatives);
            System.out.printf(Locale.ROOT, "extracted: %d of %d; top candidate right: %d (%s); right among the top 5: "
                    + "%d (%s)%n", found, positives, top1, share(top1, positives), top5, share(top5, positives));
            System.out.printf(Locale.ROOT, "linked by the matcher: %d, right: %d (%s); of the %d figures stating no "
                    + "annual value: %d (%s)%n", linked, linkedRight, share(linkedRight, linked), negatives,
                    negativesLinked, share(negativesLinked, negatives));
            System.out.println("| top score | figures | top candidate right |");
            System.out.println("|---|---:|---:|");
            for (int b = 0; b < 5; b++) {
                System.out.printf(Locale.ROOT, "| %.1f–%.1f | %d | %s |%n", b / 5.0, (b + 1) / 5.0, bins[b],
                        bins[b] == 0 ? "" : binsRight[b] + " (" + share(binsRight[b], bins[b]) + ")");
            }
        }

        private static String share(int part, int whole) {
            return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
        }
    }
}
