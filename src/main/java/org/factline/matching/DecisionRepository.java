package org.factline.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code figure_decision} table. */
@Repository
class DecisionRepository {

    /** A decision on a figure of an article. */
    record Decision(long id, long sourceId, int start, int end, String decision, String decidedBy, Instant at) {
    }

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long sourceId, int start, int end, String decision, String by, Instant at) {
        jdbc.sql("""
                        insert into figure_decision (source_id, span_start, span_end, decision, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(sourceId, start, end, decision, by, Timestamp.from(at)).update();
    }

    List<Decision> ofSource(long sourceId) {
        return jdbc.sql("select * from figure_decision where source_id = ? order by id").param(sourceId)
                .query(this::row).list();
    }

    /** The latest decision an editor made, or none. */
    Optional<Decision> lastBy(String by) {
        return jdbc.sql("select * from figure_decision where decided_by = ? order by id desc fetch first 1 rows only")
                .param(by).query(this::row).optional();
    }

    void delete(long id) {
        jdbc.sql("delete from figure_decision where id = ?").param(id).update();
    }

    private Decision row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Decision(rs.getLong("id"), rs.getLong("source_id"), rs.getInt("span_start"), rs.getInt("span_end"),
                rs.getString("decision"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
    }
}
