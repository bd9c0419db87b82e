package org.factline.importer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Keeps the record of each file taken in. */
@Component
class ImportLog {

    record Counts(int added, int revised, int unchanged, int rejected) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
}
