package org.factline.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factline.problem.Problem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar factline.jar articles FILE|DIR… [--dry-run]}: enters articles from JSON Lines files (one article
 * per line: {@code url, title, publisher, author, published, text} or {@code html}), from HTML pages ({@code .html},
 * {@code .htm}: the article's title, byline, date and body), from RSS 2.0 and Atom feeds with full content
 * ({@code .rss}, {@code .atom}, {@code .xml}) and from {@code .txt} and {@code .md} files (the first
 * line is the title, a leading "# " dropped; "URL:", "Publisher:", "Author:" and "Published:" lines at the top are
 * read as such). Prints what was added, what was already present and what was refused, with file
 * and line. Exits 0 when nothing was refused, 1 otherwise, 2 on a usage error.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "factline.command", havingValue = "articles")
class ArticlesCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = "usage: java -jar factline.jar articles FILE|DIR... [--dry-run]\n"
            + "  files: .jsonl (one article per line), .html, .htm, .rss, .atom, .xml (feeds), .txt, .md";

    private final ArticleIntake intake;
    private final TransactionTemplate tx;
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int added;
    private int present;
    private int refused;
    private int exitCode;

    ArticlesCommand(ArticleIntake intake, TransactionTemplate tx) {
        this.intake = intake;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (args.getNonOptionArgs().isEmpty()) {
            err.println(USAGE);
            exitCode = 2;
            return;
        }
        boolean dryRun = args.containsOption("dry-run");
        for (String a : args.getNonOptionArgs()) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.sorted().toList()) {
                        if (kind(f) != null) {
                            readable(f, kind(f), dryRun);
                        }
                    }
                }
            } else if (Files.isRegularFile(p)) {
                readable(p, kind(p) == null ? "jsonl" : kind(p), dryRun);
            } else {
                err.println(a + ": no such file or folder");
                refused++;
            }
        }
        out.printf(Locale.ROOT, "%s%d added, %d already present, %d refused%n", dryRun ? "dry run: would have " : "",
                added, present, refused);
        exitCode = refused > 0 ? 1 : 0;
    }

    /** What a file holds, by its name: "jsonl", "text", "html" or "feed"; null for a file that is not an article. */
    private static String kind(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl")) {
            return "jsonl";
        }
        if (n.endsWith(".txt") || n.endsWith(".md")) {
            return "text";
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return "feed";
        }
        return n.endsWith(".html") || n.endsWith(".htm") ? "html" : null;
    }

    /** Reads the file; one that cannot be read (not UTF-8, say) is refused by name, and the others still come in. */
    private void readable(Path f, String kind, boolean dryRun) {
        try {
            file(f, kind, dryRun);
        } catch (IOException e) {
            err.println(f + ": refused: cannot be read" + (e instanceof java.nio.charset.CharacterCodingException
                    ? " as UTF-8 text" : ": " + e.getMessage()));
            refused++;
        }
    }

    private void file(Path f, String kind, boolean dryRun) throws IOException {
        switch (kind) {
            case "jsonl" -> jsonLines(f, dryRun);
            case "feed" -> feed(f, dryRun);
            case "html" -> take(f.toString(), ArticlePage.read(f), dryRun);
            default -> {
                try {
                    take(f.toString(), textFile(f), dryRun);
                } catch (DateTimeParseException e) {
                    err.println(f + ": refused: \"Published:\" is not a date like 2024-03-01");
                    refused++;
                }
            }
        }
    }

    private void feed(Path file, boolean dryRun) throws IOException {
        List<ArticleIntake.Incoming> items;
        try {
            items = ArticleFeed.read(file);
        } catch (Problem e) {
            err.println(file + ": refused: " + e.getMessage());
            refused++;
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            take(file + ", item " + (i + 1), items.get(i), dryRun);
        }
    }

    private void jsonLines(Path file, boolean dryRun) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ", line " + (i + 1);
            JsonNode n;
            try {
                n = json.readTree(lines.get(i));
            } catch (IOException e) {
                err.println(where + ": refused: not a JSON object");
                refused++;
                continue;
            }
            LocalDate published;
            try {
                published = n.hasNonNull("published") ? LocalDate.parse(n.get("published").asText()) : null;
            } catch (DateTimeParseException e) {
                err.println(where + ": refused: \"published\" is \"" + n.get("published").asText()
                        + "\", not a date like 2024-03-01");
                refused++;
                continue;
            }
            ArticleIntake.Incoming a = new ArticleIntake.Incoming(text(n, "url"), text(n, "title"),
                    text(n, "publisher"), text(n, "author"), published, text(n, "text"));
            if (n.hasNonNull("html")) {
                a = a.or(ArticleIntake.Incoming.fromHtml(n.get("html").asText(), a.url()));
            }
            take(where, a, dryRun);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** A text file: title on the first line, optional "Key: value" lines, then the text. */
    static ArticleIntake.Incoming textFile(Path f) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        String title = lines.isEmpty() ? "" : lines.remove(0).replaceFirst("^#+\\s*", "").strip();
        String url = null;
        String publisher = null;
        String author = null;
        LocalDate published = null;
        while (!lines.isEmpty() && lines.get(0).matches("(?i)(url|publisher|author|published):.*")) {
            String line = lines.remove(0);
            String value = line.substring(line.indexOf(':') + 1).strip();
            switch (line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT)) {
                case "url" -> url = value;
                case "publisher" -> publisher = value;
                case "author" -> author = value;
                default -> published = LocalDate.parse(value);
            }
        }
        return new ArticleIntake.Incoming(url, title, publisher, author, published, String.join("\n", lines).strip());
    }

    private void take(String where, ArticleIntake.Incoming a, boolean dryRun) {
        try {
            // A dry run enters the article as a real run would, checks and all, and rolls it back.
            ArticleIntake.Outcome o = tx.execute(status -> {
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return intake.add(a);
            });
            if (o.added()) {
                added++;
                out.println(where + (dryRun ? ": would be added: " : ": added as source " + o.id() + ": ") + a.title());
            } else {
                present++;
                out.println(where + ": already present as source " + o.id());
            }
        } catch (Problem | DateTimeParseException e) {
            err.println(where + ": refused: " + e.getMessage());
            refused++;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
