package org.factline.citation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.measure.StatedFigure;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code citation} table. */
@Repository
class CitationRepository {

    private static final RowMapper<Citation> ROW = (rs, i) -> new Citation(
            rs.getLong("id"), rs.getLong("observation_id"), rs.getLong("source_id"), rs.getString("figure_text"),
            rs.getString("quote"), (Integer) rs.getObject("span_start", Integer.class),
            (Integer) rs.getObject("span_end", Integer.class), rs.getBigDecimal("stated_value").stripTrailingZeros(),
            rs.getString("stated_unit"), rs.getString("stated_scale"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("linked_by"), rs.getBigDecimal("match_score"));

    private final JdbcClient jdbc;

    CitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewCitation c, String figure, String quote, StatedFigure stated, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into citation (observation_id, source_id, figure_text, quote, span_start, span_end,
                                              stated_value, stated_unit, stated_scale, created_at, linked_by,
                                              match_score)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.observationId(), c.sourceId(), figure, quote, c.spanStart(), c.spanEnd(),
                        stated.stated().abs(), stated.unit(), stated.scale() == null ? null : stated.scale().word(),
                        Timestamp.from(at), c.linkedBy(), c.matchScore())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateQuote(long id, String quote) {
        jdbc.sql("update citation set quote = ? where id = ?").params(quote, id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from citation where id = ?").param(id).update() > 0;
    }

    Optional<Citation> find(long id) {
        return jdbc.sql("select * from citation where id = ?").param(id).query(ROW).optional();
    }

    List<Citation> forObservations(Collection<Long> observationIds) {
        List<Citation> out = new ArrayList<>();
        List<Long> all = List.copyOf(observationIds);
        for (int from = 0; from < all.size(); from += 1_000) {
            out.addAll(jdbc.sql("select * from citation where observation_id in (:ids) order by id")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1_000))).query(ROW).list());
        }
        return out;
    }

    List<Citation> forSource(long sourceId) {
        return jdbc.sql("select * from citation where source_id = ? order by id").param(sourceId).query(ROW).list();
    }

    /** A page of citations, the most recently made first; of one article when {@code sourceId} is given. */
    List<Citation> page(Long sourceId, int offset, int limit) {
        return jdbc.sql("select * from citation" + (sourceId == null ? "" : " where source_id = :source")
                        + " order by id desc offset :offset rows fetch next :limit rows only")
                .params(sourceId == null ? Map.of("offset", offset, "limit", limit)
                        : Map.of("source", sourceId, "offset", offset, "limit", limit))
                .query(ROW).list();
    }

    /** The links editors made (not the matcher), the most recent first, at most {@code limit}. */
    List<Citation> editorLinks(int limit) {
        return jdbc.sql("select * from citation where match_score is null order by id desc fetch next :limit rows only")
                .param("limit", limit).query(ROW).list();
    }

    List<Long> citedObservationIds() {
        return jdbc.sql("select distinct observation_id from citation").query(Long.class).list();
    }

    Map<Long, Long> countByObservation(Collection<Long> observationIds) {
        return counts("observation_id", observationIds);
    }

    Map<Long, Long> countBySource(Collection<Long> sourceIds) {
        return counts("source_id", sourceIds);
    }

    private Map<Long, Long> counts(String column, Collection<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            jdbc.sql("select " + column + ", count(*) from citation where " + column + " in (:ids) group by " + column)
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1_000)))
                    .query((rs, i) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return out;
    }
}
