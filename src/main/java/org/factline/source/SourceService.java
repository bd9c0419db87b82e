package org.factline.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.factline.revision.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Datasets, releases and articles. */
@Service
public class SourceService {

    private final SourceRepository repository;
    private final ApplicationEventPublisher events;

    SourceService(SourceRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The source with this URL (normalised) if there is one, else a new source; returns its id. */
    @Transactional
    public long findOrCreate(NewSource s) {
        String url = SourceUrls.normalise(s.url());
        Optional<Source> existing = repository.findByUrl(url);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (s.title() == null || s.title().isBlank()) {
            throw new InvalidInput("A source needs a title: " + url);
        }
        events.publishEvent(new DataChanged("source"));
        long id = repository.insert(new NewSource(s.kind(), url, s.title().strip(), s.publisher(), s.author(),
                s.publishedOn(), s.retrievedOn(), s.text()));
        if (s.kind() == SourceKind.ARTICLE) {
            events.publishEvent(new ArticleSaved(id));
        }
        return id;
    }

    /**
     * Enters a new article. Its URL is normalised and must not be known yet, so an article is never entered twice.
     *
     * @throws IllegalArgumentException naming the source that already has the URL, or the missing field
     */
    @Transactional
    public long createArticle(NewSource s) {
        String url = checkArticle(s, null);
        events.publishEvent(new DataChanged("source"));
        long id = repository.insert(cleaned(SourceKind.ARTICLE, url, s));
        events.publishEvent(new ArticleSaved(id));
        return id;
    }

    /** Changes an article's fields; the caller checks that its citations still point into the new text. */
    @Transactional
    public void updateArticle(long id, NewSource s) {
        events.publishEvent(new DataChanged("source"));
        Source existing = find(id).orElseThrow(() -> new NotFound("No source " + id));
        if (!existing.isArticle()) {
            throw new InvalidInput("Source " + id + " is a " + existing.kind().name().toLowerCase()
                    + ": only articles are edited here; datasets come from imports");
        }
        String url = checkArticle(s, id);
        repository.update(id, cleaned(SourceKind.ARTICLE, url, s));
        events.publishEvent(new ArticleSaved(id));
    }

    private String checkArticle(NewSource s, Long id) {
        if (s.url() == null || s.url().isBlank()) {
            throw new InvalidInput("An article needs its URL");
        }
        if (s.title() == null || s.title().isBlank()) {
            throw new InvalidInput("An article needs a title");
        }
        if (s.title().strip().length() > 500) {
            throw new InvalidInput("A title is at most 500 characters; this one has "
                    + s.title().strip().length());
        }
        if (s.text() != null && s.text().length() > 1_000_000) {
            throw new InvalidInput("An article's text is at most 1,000,000 characters; this one has "
                    + s.text().length());
        }
        String url = SourceUrls.normalise(s.url());
        Optional<Source> other = findByUrl(url).filter(o -> id == null || o.id() != id);
        if (other.isPresent()) {
            throw new Conflict("This article is already entered, as \"" + other.get().title()
                    + "\" (source " + other.get().id() + ")");
        }
        return url;
    }

    /** An article's fields as stored: the URL normalised, the title stripped, blank fields null. */
    private static NewSource cleaned(SourceKind kind, String url, NewSource s) {
        return new NewSource(kind, url, s.title().strip(), blankToNull(s.publisher()), blankToNull(s.author()),
                s.publishedOn(), s.retrievedOn(), blankToNull(s.text()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional(readOnly = true)
    public Optional<Source> find(long id) {
        return repository.find(id);
    }

    /** The source with this URL, compared in its normalised form. */
    @Transactional(readOnly = true)
    public Optional<Source> findByUrl(String url) {
        return repository.findByUrl(SourceUrls.normalise(url));
    }

    @Transactional(readOnly = true)
    public List<Source> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findAll(ids);
    }

    /** Every source, the newest first. */
    @Transactional(readOnly = true)
    public List<Source> list() {
        return repository.list();
    }

    /** The ids of the sources of one kind. */
    @Transactional(readOnly = true)
    public List<Long> idsOfKind(SourceKind kind) {
        return repository.idsOfKind(kind);
    }

    /** The ids of the sources whose title contains the text, ignoring case. */
    @Transactional(readOnly = true)
    public List<Long> idsWithTitleContaining(String text) {
        return repository.idsWithTitleContaining(text);
    }
}
