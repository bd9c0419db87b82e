package org.factline.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factline.measure.Like;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code audit_event} table. */
@Repository
class AuditRepository {

    private static final RowMapper<AuditEvent> ROW = (rs, i) -> new AuditEvent(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"), rs.getString("target"),
            rs.getString("detail"), rs.getString("address"));

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String actor, String action, String target, String detail, String address) {
        jdbc.sql("insert into audit_event (at, actor, action, target, detail, address) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), cut(actor, 100), action, cut(target, 300), cut(detail, 1000),
                        cut(address, 64))
                .update();
    }

    List<AuditEvent> find(AuditQuery q, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from audit_event" + where + " order by at desc, id desc limit ? offset ?")
                .params(params).query(ROW).list();
    }

    long count(AuditQuery q) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from audit_event" + where(q, params)).params(params).query(Long.class)
                .single();
    }

    private static String where(AuditQuery q, List<Object> params) {
        List<String> terms = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            terms.add("actor = ?");
            params.add(q.actor().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            terms.add("action = ?");
            params.add(q.action());
        }
        if (q.text() != null && !q.text().isBlank()) {
            terms.add("(lower(target) like ? escape '\\' or lower(detail) like ? escape '\\')");
            String like = Like.containing(q.text().strip());
            params.add(like);
            params.add(like);
        }
        return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
    }

    /** Keeps an entry within its column, marking a cut with an ellipsis. */
    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
