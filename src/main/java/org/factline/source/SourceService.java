package org.factline.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Datasets, releases and articles. */
@Service
public class SourceService {

    private static final RowMapper<Source> ROW = (rs, i) -> new Source(
            rs.getLong("id"), SourceKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("title"),
            rs.getString("publisher"), rs.getString("author"),
            rs.getObject("published_on", java.time.LocalDate.class),
            rs.getObject("retrieved_on", java.time.LocalDate.class), rs.getString("body"));

    private final JdbcClient jdbc;

    SourceService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source with this URL (normalised) if there is one, else a new source; returns its id. */
    @Transactional
    public long findOrCreate(NewSource s) {
        String url = SourceUrls.normalise(s.url());
        Optional<Long> existing = jdbc.sql("select id from source where url = ?").param(url).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (s.title() == null || s.title().isBlank()) {
            throw new InvalidInput("A source needs a title: " + url);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into source (kind, url, title, publisher, author, published_on, retrieved_on, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.kind().name(), url, s.title().strip(), s.publisher(), s.author(), s.publishedOn(),
                        s.retrievedOn(), s.text())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Enters a new article. Its URL is normalised and must not be known yet, so an article is never entered twice.
     *
     * @throws IllegalArgumentException naming the source that already has the URL, or the missing field
     */
    @Transactional
    public long createArticle(NewSource s) {
        String url = checkArticle(s, null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into source (kind, url, title, publisher, author, published_on, retrieved_on, body)
                        values ('ARTICLE', ?, ?, ?, ?, ?, ?, ?)""")
                .params(url, s.title().strip(), blankToNull(s.publisher()), blankToNull(s.author()), s.publishedOn(),
                        s.retrievedOn(), blankToNull(s.text()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Changes an article's fields; the caller checks that its citations still point into the new text. */
    @Transactional
    public void updateArticle(long id, NewSource s) {
        Source existing = find(id).orElseThrow(() -> new NotFound("No source " + id));
        if (!existing.isArticle()) {
            throw new InvalidInput("Source " + id + " is a " + existing.kind().name().toLowerCase()
                    + ": only articles are edited here; datasets come from imports");
        }
        String url = checkArticle(s, id);
        jdbc.sql("""
                        update source set url = ?, title = ?, publisher = ?, author = ?, published_on = ?,
                                          retrieved_on = ?, body = ? where id = ?""")
                .params(url, s.title().strip(), blankToNull(s.publisher()), blankToNull(s.author()), s.publishedOn(),
                        s.retrievedOn(), blankToNull(s.text()), id)
                .update();
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional(readOnly = true)
    public Optional<Source> find(long id) {
        return jdbc.sql("select * from source where id = ?").param(id).query(ROW).optional();
    }

    /** The source with this URL, compared in its normalised form. */
    @Transactional(readOnly = true)
    public Optional<Source> findByUrl(String url) {
        return jdbc.sql("select * from source where url = ?").param(SourceUrls.normalise(url)).query(ROW).optional();
    }

    @Transactional(readOnly = true)
    public List<Source> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from source where id in (:ids)").param("ids", ids).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public List<Source> list() {
        return jdbc.sql("select * from source order by published_on desc nulls last, title").query(ROW).list();
    }

    /** The ids of the sources of one kind. */
    @Transactional(readOnly = true)
    public List<Long> idsOfKind(SourceKind kind) {
        return jdbc.sql("select id from source where kind = ?").param(kind.name()).query(Long.class).list();
    }

    /** The ids of the sources whose title contains the text, ignoring case. */
    @Transactional(readOnly = true)
    public List<Long> idsWithTitleContaining(String text) {
        return jdbc.sql("select id from source where lower(title) like ? escape '\\'").param(org.factline.measure.Like.containing(text))
                .query(Long.class).list();
    }
}
