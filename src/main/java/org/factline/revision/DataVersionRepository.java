package org.factline.revision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code data_version} table: one row, one number. */
@Repository
class DataVersionRepository {

    private final JdbcClient jdbc;

    DataVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version, 0 before the first change. */
    long current() {
        return jdbc.sql("select coalesce(max(version), 0) from data_version").query(Long.class).single();
    }

    void bump() {
        if (jdbc.sql("update data_version set version = version + 1 where id = 1").update() == 0) {
            jdbc.sql("insert into data_version (id, version) values (1, 1)").update();
        }
    }
}
