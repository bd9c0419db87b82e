package org.factline.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page's article: its title, byline, date and body, with navigation, ads, share bars and comments left out.
 * Plain Java over jsoup. The page's own metadata is read first (schema.org {@code NewsArticle} JSON-LD, then Open
 * Graph and {@code <meta>} tags, then {@code <time>} and {@code <h1>}); the body is the block whose paragraphs hold
 * the most text, the way Readability-style extractors find it.
 */
final class ArticlePage {

    /** Class or id words of the blocks around an article that are not the article. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[\\s_-])(comments?|share|sharing|social|ad|ads|advert\\w*|promo\\w*|related|newsletter|subscribe"
                    + "|cookie\\w*|sidebar|menu|breadcrumbs?|footer|header|nav\\w*|banner|popup|recirc\\w*)($|[\\s_-])");
    private static final String NOT_TEXT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, figure";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticlePage() {
    }

    /**
     * The article on the page.
     *
     * @param html    the page
     * @param url     where the page came from, or null; the page's canonical link wins over it
     * @return the article, its text one paragraph per line
     */
    static ArticleIntake.Incoming read(String html, String url) {
        return read(Jsoup.parse(html, url == null ? "" : url), url);
    }

    /** The article in a saved page, in the encoding its {@code <meta charset>} or byte-order mark names, else UTF-8. */
    static ArticleIntake.Incoming read(Path file) throws IOException {
        return read(Jsoup.parse(file.toFile(), null), null);
    }

    /**
     * The article in a page as served: in the charset the server names, else the one its {@code <meta charset>}
     * or byte-order mark names, else UTF-8.
     */
    static ArticleIntake.Incoming read(byte[] page, String charset, String url) throws IOException {
        try (java.io.InputStream in = new java.io.ByteArrayInputStream(page)) {
            return read(Jsoup.parse(in, charset, url), url);
        }
    }

    private static ArticleIntake.Incoming read(Document page, String url) {
        Map<String, String> ld = linkedData(page);
        String canonical = first(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"), url);
        String title = first(ld.get("headline"), meta(page, "og:title"), text(page, "h1"), page.title());
        String author = first(ld.get("author"), meta(page, "author"), nonUrl(meta(page, "article:author")),
                text(page, "[rel=author], .byline, .author"));
        String publisher = first(ld.get("publisher"), meta(page, "og:site_name"));
        LocalDate published = date(first(ld.get("datePublished"), meta(page, "article:published_time"),
                meta(page, "date"), meta(page, "pubdate"), attr(page, "time[datetime]", "datetime")));
        // A page that draws its text with JavaScript often still carries it as JSON-LD articleBody.
        String text = body(page);
        String ldText = ld.get("articleBody");
        if (ldText != null && ldText.strip().length() > text.length()) {
            text = ldText.strip();
        }
        return new ArticleIntake.Incoming(canonical, title, publisher, byline(author), published, text);
    }

    /** The paragraphs of the block that holds the most paragraph text. */
    static String body(Document page) {
        Document d = page.clone();
        d.select(NOT_TEXT).remove();
        int pageText = paragraphText(d.body());
        for (Element e : d.body().select("[class], [id]")) {
            if (e.parent() != null && BOILERPLATE.matcher(e.className() + " " + e.id()).find()
                    && !holdsTheArticle(e, d, pageText)) {
                e.remove();
            }
        }
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : d.body().select("p")) {
            int length = p.text().length();
            if (length >= 25 && p.parent() != null) {
                score.merge(p.parent(), length, Integer::sum);
                if (p.parent().parent() != null) {
                    score.merge(p.parent().parent(), length / 2, Integer::sum);
                }
            }
        }
        Element best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(d.body());
        // An article split into sibling blocks (around an ad, a photo) keeps the siblings that hold text too.
        List<Element> blocks = new ArrayList<>();
        int threshold = Math.max(25, score.getOrDefault(best, 0) / 5);
        for (Element e : best.parent() == null || best == d.body() ? List.of(best) : best.parent().children()) {
            if (e == best || score.getOrDefault(e, 0) >= threshold) {
                blocks.add(e);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            for (Element e : block.select("p, h2, h3, h4, li, blockquote")) {
                String t = e.text().strip();
                if (!t.isEmpty() && !nested(e, block)) {
                    paragraphs.add(t);
                }
            }
        }
        return paragraphs.isEmpty() ? best.text().strip() : String.join("\n\n", paragraphs);
    }

    /** A wrapper named for its layout ("with-sidebar", "has-ads") that holds the article is not boilerplate. */
    private static boolean holdsTheArticle(Element e, Document d, int pageText) {
        return e == d.body() || e.is("main, article") || !e.select("main, article").isEmpty()
                || paragraphText(e) * 2 > pageText;
    }

    private static int paragraphText(Element e) {
        int length = 0;
        for (Element p : e.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    /** Whether the element sits inside a paragraph, list item or quotation of the block, and is read with it. */
    private static boolean nested(Element e, Element block) {
        for (Element a = e.parent(); a != null && a != block; a = a.parent()) {
            if (a.is("p, li, blockquote")) {
                return true;
            }
        }
        return false;
    }

    /** The page's schema.org article (NewsArticle, Article, ReportageNewsArticle…), flattened to the fields used. */
    private static Map<String, String> linkedData(Document page) {
        Map<String, String> out = new HashMap<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), out);
            } catch (IOException e) {
                // A broken JSON-LD block is common; the page's other metadata still counts.
            }
        }
        return out;
    }

    private static void collect(JsonNode n, Map<String, String> out) {
        if (n.isArray()) {
            n.forEach(e -> collect(e, out));
            return;
        }
        if (n.has("@graph")) {
            collect(n.get("@graph"), out);
        }
        if (!n.path("@type").asText("").endsWith("Article")) {
            return;
        }
        for (String f : List.of("headline", "datePublished", "articleBody")) {
            if (n.hasNonNull(f)) {
                out.putIfAbsent(f, n.get(f).asText());
            }
        }
        String author = names(n.path("author"));
        if (!author.isBlank()) {
            out.putIfAbsent("author", author);
        }
        String publisher = names(n.path("publisher"));
        if (!publisher.isBlank()) {
            out.putIfAbsent("publisher", publisher);
        }
    }

    private static String names(JsonNode n) {
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            List<String> all = new ArrayList<>();
            n.forEach(e -> all.add(names(e)));
            return String.join(", ", all.stream().filter(s -> !s.isBlank()).toList());
        }
        return n.path("name").asText("");
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document page, String css, String attribute) {
        Element e = page.selectFirst(css);
        return e == null ? null : e.attr(attribute);
    }

    private static String text(Document page, String css) {
        Element e = page.selectFirst(css);
        return e == null ? null : e.text();
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String byline(String author) {
        return author == null ? null : author.replaceFirst("(?i)^\\s*by\\s+", "").strip();
    }

    /** The date part of an ISO date or date-time ("2021-02-24T09:30:00+03:00"); null when there is none. */
    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }
}
