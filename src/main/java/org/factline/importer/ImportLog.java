package org.factline.importer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every SQL statement on {@code import_batch} and {@code seed_log}: the record of each file taken in. */
@Repository
class ImportLog {

    record Counts(int added, int revised, int unchanged, int rejected) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    private final boolean postgres;

    ImportLog(JdbcClient jdbc, Clock clock,
              @org.springframework.beans.factory.annotation.Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /**
     * Makes instances starting together on one PostgreSQL database load each seed file one at a time, so the second
     * finds it in {@code seed_log} and adds nothing: a lock held to the end of the transaction.
     */
    void lockSeeding() {
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(7461636302)").query((rs, i) -> 1).list();
        }
    }

    /** Starts the record of an import; counts are filled in by {@link #finish}. */
    long start(String fileName, long size, String checksum, String format, Long sourceId, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_batch (file_name, file_size, checksum, format, source_id, added, revised,
                                                  unchanged, rejected, imported_by, imported_at)
                        values (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)""")
                .params(fileName, size, checksum, format, sourceId, user, Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finish(long importId, Long sourceId, Counts counts) {
        jdbc.sql("update import_batch set source_id = ?, added = ?, revised = ?, unchanged = ?, rejected = ? where id = ?")
                .params(sourceId, counts.added(), counts.revised(), counts.unchanged(), counts.rejected(), importId)
                .update();
    }

    void undone(long importId, Instant at) {
        jdbc.sql("update import_batch set undone_at = ? where id = ?").params(Timestamp.from(at), importId).update();
    }

    /** The id of the newest import recorded, 0 when there is none. */
    long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from import_batch").query(Long.class).single();
    }

    /** Every import, newest first (without source titles). */
    List<ImportRecord> all() {
        return jdbc.sql("select * from import_batch order by id desc").query(RECORD).list();
    }

    Optional<ImportRecord> find(long id) {
        return jdbc.sql("select * from import_batch where id = ?").param(id).query(RECORD).optional();
    }

    /** The checksum a seed file had when it was loaded, or null if it never was. */
    String seedChecksum(String name) {
        return jdbc.sql("select checksum from seed_log where name = ?").param(name).query(String.class).optional()
                .orElse(null);
    }

    /** Records that a seed file was loaded again, with its new content. */
    void seedReloaded(String name, String checksum) {
        jdbc.sql("update seed_log set checksum = ?, loaded_at = ? where name = ?")
                .params(checksum, Timestamp.from(Instant.now(clock)), name).update();
    }

    void seedDone(String name, String checksum) {
        jdbc.sql("insert into seed_log (name, checksum, loaded_at) values (?, ?, ?)")
                .params(name, checksum, Timestamp.from(Instant.now(clock))).update();
    }

    private static final RowMapper<ImportRecord> RECORD = (rs, i) -> new ImportRecord(rs.getLong("id"),
            rs.getString("file_name"), rs.getLong("file_size"), rs.getString("checksum"), rs.getString("format"),
            (Long) rs.getObject("source_id", Long.class), null, rs.getInt("added"),
            rs.getInt("revised"), rs.getInt("unchanged"), rs.getInt("rejected"), rs.getString("imported_by"),
            rs.getTimestamp("imported_at").toInstant(),
            rs.getTimestamp("undone_at") == null ? null : rs.getTimestamp("undone_at").toInstant());
}
