package org.factline.linking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.factline.problem.InvalidInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The articles of an RSS 2.0 or Atom feed with full content: each item's or entry's title, link, author, date and
 * text (RSS {@code content:encoded}, else {@code description}; Atom {@code content}, else {@code summary}), the
 * feed's title as the publisher. Plain Java over jsoup's XML parser.
 */
final class ArticleFeed {

    private ArticleFeed() {
    }

    /**
     * @throws InvalidInput when the document is neither an RSS {@code <rss>} nor an Atom {@code <feed>}
     */
    static List<ArticleIntake.Incoming> read(String xml) {
        return read(Jsoup.parse(xml, "", Parser.xmlParser()));
    }

    /** The feed in a file, in the encoding its XML declaration or byte-order mark names, else UTF-8. */
    static List<ArticleIntake.Incoming> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(Jsoup.parse(in, null, "", Parser.xmlParser()));
        }
    }

    private static List<ArticleIntake.Incoming> read(Document d) {
        List<ArticleIntake.Incoming> out = new ArrayList<>();
        Element rss = d.selectFirst("rss > channel");
        Element atom = d.selectFirst("feed");
        if (rss != null) {
            String publisher = child(rss, "title");
            for (Element item : rss.select("item")) {
                out.add(new ArticleIntake.Incoming(child(item, "link"), child(item, "title"), publisher,
                        first(child(item, "dc|creator"), child(item, "author")), rfc1123(child(item, "pubDate")),
                        text(first(child(item, "content|encoded"), child(item, "description")))));
            }
        } else if (atom != null) {
            String publisher = child(atom, "title");
            for (Element entry : atom.select("entry")) {
                Element link = first(entry.selectFirst("> link[rel=alternate]"), entry.selectFirst("> link:not([rel])"));
                Element content = first(entry.selectFirst("> content"), entry.selectFirst("> summary"));
                out.add(new ArticleIntake.Incoming(link == null ? null : link.attr("href"), child(entry, "title"),
                        publisher, child(entry, "author > name"), ArticlePage.date(first(child(entry, "published"),
                        child(entry, "updated"))), content == null ? null : text(content.attr("type").equals("xhtml")
                        ? content.html() : content.text())));
            }
        } else {
            throw new InvalidInput("Not an RSS 2.0 or Atom feed: no <rss><channel> and no <feed>");
        }
        return out;
    }

    /** An item's content, HTML or plain: its paragraphs, one per line, markup gone. */
    private static String text(String html) {
        return html == null ? null : ArticlePage.body(Jsoup.parseBodyFragment(html));
    }

    private static String child(Element parent, String css) {
        Element e = parent.selectFirst("> " + css);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static LocalDate rfc1123(String s) {
        try {
            return s == null ? null : ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return ArticlePage.date(s);
        }
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
