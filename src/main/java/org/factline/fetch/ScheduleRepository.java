package org.factline.fetch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code refresh_schedule} table. */
@Repository
class ScheduleRepository {

    private static final RowMapper<Schedule> ROW = (rs, i) -> new Schedule(rs.getString("spec"),
            Schedule.Every.valueOf(rs.getString("every")), rs.getString("added_by"),
            rs.getTimestamp("last_run") == null ? null : rs.getTimestamp("last_run").toInstant(),
            rs.getString("last_outcome"));

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Schedule> all() {
        return jdbc.sql("select * from refresh_schedule order by spec").query(ROW).list();
    }

    /** Adds the schedule, or changes how often an existing one runs. */
    void save(String spec, Schedule.Every every, String addedBy) {
        if (jdbc.sql("update refresh_schedule set every = ? where spec = ?").params(every.name(), spec).update() == 0) {
            jdbc.sql("insert into refresh_schedule (spec, every, added_by) values (?, ?, ?)")
                    .params(spec, every.name(), addedBy).update();
        }
    }

    boolean delete(String spec) {
        return jdbc.sql("delete from refresh_schedule where spec = ?").param(spec).update() > 0;
    }

    void ran(String spec, Instant at, String outcome) {
        jdbc.sql("update refresh_schedule set last_run = ?, last_outcome = ? where spec = ?")
                .params(Timestamp.from(at), outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome, spec)
                .update();
    }
}
