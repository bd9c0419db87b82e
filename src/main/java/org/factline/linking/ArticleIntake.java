package org.factline.linking;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.factline.audit.AuditLog;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.source.NewSource;
import org.factline.source.Source;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles coming in by the batch (the API, the {@code articles} command): each is entered once, by its URL, with
 * its text; one already stored is answered with its id. The callers decide who may: the API takes an editor.
 */
@Service
public class ArticleIntake {

    private final SourceService sources;
    private final ApplicationEventPublisher events;

    private final AuditLog audit;

    ArticleIntake(SourceService sources, ApplicationEventPublisher events, AuditLog audit) {
        this.audit = audit;
        this.sources = sources;
        this.events = events;
    }

    /**
     * An article as it arrives. Without a URL (a text file), the article is named by its text's SHA-256, so the same
     * text is entered once.
     */
    public record Incoming(String url, String title, String publisher, String author, LocalDate published,
                           String text) {

        /** The article on an HTML page: title, byline, date and body, the page's clutter left out. */
        public static Incoming fromHtml(String html, String url) {
            return ArticlePage.read(html, url);
        }

        /** This article, its missing fields taken from {@code other} (what the page says, under what was sent). */
        public Incoming or(Incoming other) {
            return new Incoming(pick(url, other.url), pick(title, other.title), pick(publisher, other.publisher),
                    pick(author, other.author), published != null ? published : other.published,
                    pick(text, other.text));
        }

        private static String pick(String given, String fallback) {
            return given != null && !given.isBlank() ? given : fallback;
        }

        public String urlOrDigest() {
            if (url != null && !url.isBlank()) {
                return url.strip();
            }
            if (text == null || text.isBlank()) {
                throw new InvalidInput("An article needs its URL or its text");
            }
            return "urn:sha256:" + DigestUtils.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What became of an article: its id, and whether it was added now or found stored. */
    public record Outcome(long id, boolean added) {
    }

    /**
     * Enters the article, or finds it stored under the same URL.
     *
     * @throws InvalidInput saying what is missing or wrong (a URL, a title, a text past 1,000,000 characters)
     */
    @Transactional
    public Outcome add(Incoming a) {
        String url = a.urlOrDigest();
        Optional<Source> stored = sources.findByUrl(url);
        if (stored.isPresent()) {
            return new Outcome(stored.get().id(), false);
        }
        long id = sources.createArticle(new NewSource(SourceKind.ARTICLE, url, a.title(), a.publisher(),
                a.author(), a.published(), null, a.text()));
        audit.record(AuditLog.ARTICLE, "article #" + id + " '" + a.title() + "'", "added from " + url);
        events.publishEvent(new ArticleStored(id));
        return new Outcome(id, true);
    }

    /** Refuses, with the {@link Conflict} {@link #addNew} would give, a URL whose article is stored already. */
    @Transactional(readOnly = true)
    public void refuseIfStored(String url) {
        Optional<Source> stored = sources.findByUrl(new Incoming(url, null, null, null, null, null).urlOrDigest());
        if (stored.isPresent()) {
            throw new AlreadyStored(stored.get().id());
        }
    }

    /** Enters the article, refusing one already stored with a {@link Conflict} that names it. */
    @Transactional
    public long addNew(Incoming a) {
        Outcome o = add(a);
        if (!o.added()) {
            throw new AlreadyStored(o.id());
        }
        return o.id();
    }

    /** An article already stored under the URL: a conflict that carries the stored article's id. */
    public static final class AlreadyStored extends Conflict {
        private final long id;

        AlreadyStored(long id) {
            super("This article is already stored, as source " + id);
            this.id = id;
            detail("id", id);
        }

        public long id() {
            return id;
        }
    }
}
