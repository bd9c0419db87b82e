package org.factline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.measure.Like;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code source} table. */
@Repository
class SourceRepository {

    private static final RowMapper<Source> ROW = (rs, i) -> new Source(
            rs.getLong("id"), SourceKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("title"),
            rs.getString("publisher"), rs.getString("author"),
            rs.getObject("published_on", LocalDate.class),
            rs.getObject("retrieved_on", LocalDate.class), rs.getString("body"));

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewSource s) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into source (kind, url, title, publisher, author, published_on, retrieved_on, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.kind().name(), s.url(), s.title(), s.publisher(), s.author(), s.publishedOn(),
                        s.retrievedOn(), s.text())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, NewSource s) {
        jdbc.sql("""
                        update source set url = ?, title = ?, publisher = ?, author = ?, published_on = ?,
                                          retrieved_on = ?, body = ? where id = ?""")
                .params(s.url(), s.title(), s.publisher(), s.author(), s.publishedOn(), s.retrievedOn(), s.text(), id)
                .update();
    }

    Optional<Source> find(long id) {
        return jdbc.sql("select * from source where id = ?").param(id).query(ROW).optional();
    }

    Optional<Source> findByUrl(String normalisedUrl) {
        return jdbc.sql("select * from source where url = ?").param(normalisedUrl).query(ROW).optional();
    }

    List<Source> findAll(Collection<Long> ids) {
        List<Source> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            out.addAll(jdbc.sql("select * from source where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1_000))).query(ROW).list());
        }
        return out;
    }

    List<Source> list() {
        return jdbc.sql("select * from source order by published_on desc nulls last, title").query(ROW).list();
    }

    List<Long> idsOfKind(SourceKind kind) {
        return jdbc.sql("select id from source where kind = ?").param(kind.name()).query(Long.class).list();
    }

    List<Long> idsWithTitleContaining(String text) {
        return jdbc.sql("select id from source where lower(title) like ? escape '\\'").param(Like.containing(text))
                .query(Long.class).list();
    }
}
