package org.factline.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The hand-annotated articles under {@code src/test/resources/extraction/corpus}, with the marks removed. */
final class AnnotatedCorpus {

    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([a-z]+)\\|([^|\\]]*)\\|([^|\\]]*)]]");

    record Figure(int start, int end, String text, FigureKind kind, BigDecimal value, String unit) {
    }

    record Article(String name, String text, List<Figure> figures) {
    }

    private AnnotatedCorpus() {
    }

    /**
     * The articles in one folder: {@code corpus} (written first; the rules were tuned while reading its errors)
     * or {@code heldout} (written after the rules were settled and never tuned against).
     */
    static List<Article> load(String folder) {
        try {
            Path dir = Paths.get(AnnotatedCorpus.class.getResource("/extraction/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".txt")).sorted()
                        .map(p -> parse(p.getFileName().toString(), read(p))).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article parse(String name, String marked) {
        StringBuilder text = new StringBuilder();
        List<Figure> figures = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int at = 0;
        while (m.find()) {
            text.append(marked, at, m.start());
            int start = text.length();
            text.append(m.group(1));
            figures.add(new Figure(start, text.length(), m.group(1), FigureKind.valueOf(m.group(2).toUpperCase()),
                    new BigDecimal(m.group(3)), m.group(4)));
            at = m.end();
        }
        text.append(marked.substring(at));
        if (text.indexOf("[[") >= 0 || text.indexOf("]]") >= 0) {
            throw new IllegalStateException(name + ": a malformed mark near offset " + text.indexOf("[["));
        }
        return new Article(name, text.toString(), figures);
    }
}
