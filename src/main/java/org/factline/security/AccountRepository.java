package org.factline.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code account} table. */
@Repository
class AccountRepository {

    private static final RowMapper<Account> ROW = (rs, i) -> new Account(rs.getLong("id"), rs.getString("username"),
            Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());

    /** What signing in needs of an account. */
    record Credentials(String hash, String role, boolean enabled) {
    }

    private final JdbcClient jdbc;

    private final boolean postgres;

    AccountRepository(JdbcClient jdbc, @org.springframework.beans.factory.annotation.Value("${spring.datasource.url:}")
            String url) {
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /**
     * Makes instances starting together on one PostgreSQL database create the first admin one at a time: a lock
     * held to the end of the transaction. (An embedded H2 file has one process.)
     */
    void lockFirstStart() {
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(7461636301)").query((rs, i) -> 1).list();
        }
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select password_hash, role, enabled from account where username = ?").param(username)
                .query((rs, i) -> new Credentials(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class)
                .single() > 0;
    }

    long enabledAdmins() {
        return jdbc.sql("select count(*) from account where role = 'ADMIN' and enabled = true").query(Long.class)
                .single();
    }

    List<Account> list() {
        return jdbc.sql("select * from account order by username").query(ROW).list();
    }

    Optional<Account> find(long id) {
        return jdbc.sql("select * from account where id = ?").param(id).query(ROW).optional();
    }

    long insert(String username, String passwordHash, Role role, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, password_hash, role, enabled, created_at) values (?, ?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), true, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean setPasswordHash(long id, String hash) {
        return jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id).update() > 0;
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = ? where id = ?").params(enabled, id).update();
    }
}
