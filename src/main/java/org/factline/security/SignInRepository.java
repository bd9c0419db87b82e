package org.factline.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Every SQL statement on the {@code sign_in_guard} table. */
@Repository
class SignInRepository {

    private static final RowMapper<SignInGuard.Block> ROW = (rs, i) -> {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new SignInGuard.Block(SignInGuard.Kind.valueOf(rs.getString("subject_kind")), rs.getString("subject"),
                rs.getInt("failures"), rs.getTimestamp("last_failure_at").toInstant(),
                locked == null ? null : locked.toInstant());
    };

    private final JdbcClient jdbc;
    /** A savepoint around the first insert, so that losing the race to it leaves the transaction usable. */
    private final TransactionTemplate savepoint;

    SignInRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    List<SignInGuard.Block> find(List<SignInGuard.Subject> subjects) {
        List<Object> params = new java.util.ArrayList<>();
        subjects.forEach(x -> {
            params.add(x.kind().name());
            params.add(x.name());
        });
        return jdbc.sql("select * from sign_in_guard where " + String.join(" or ",
                        java.util.Collections.nCopies(subjects.size(), "(subject_kind = ? and subject = ?)")))
                .params(params).query(ROW).list();
    }

    /**
     * Counts one more failure in one statement, so that instances counting at once lose none; failures before
     * {@code forgetBefore} start the count again, unless a lock still holds.
     *
     * @return the failures now on record
     */
    int fail(SignInGuard.Kind kind, String subject, Instant now, Instant forgetBefore) {
        Timestamp at = Timestamp.from(now);
        int updated = increment(kind, subject, at, Timestamp.from(forgetBefore));
        if (updated == 0) {
            try {
                savepoint.executeWithoutResult(s -> jdbc.sql("insert into sign_in_guard (subject_kind, subject, "
                        + "failures, last_failure_at) values (?, ?, 1, ?)").params(kind.name(), subject, at).update());
                return 1;
            } catch (DuplicateKeyException raced) {
                increment(kind, subject, at, Timestamp.from(forgetBefore));
            }
        }
        return jdbc.sql("select failures from sign_in_guard where subject_kind = ? and subject = ?")
                .params(kind.name(), subject).query(Integer.class).single();
    }

    private int increment(SignInGuard.Kind kind, String subject, Timestamp at, Timestamp forgetBefore) {
        return jdbc.sql("update sign_in_guard set failures = case when last_failure_at < ? and (locked_until is null "
                        + "or locked_until < ?) then 1 else failures + 1 end, last_failure_at = ? "
                        + "where subject_kind = ? and subject = ?")
                .params(forgetBefore, at, at, kind.name(), subject).update();
    }

    /** Locks a subject not locked at {@code now}; false when a lock holds already. */
    boolean lock(SignInGuard.Kind kind, String subject, Instant now, Instant until) {
        return jdbc.sql("update sign_in_guard set locked_until = ? where subject_kind = ? and subject = ? "
                        + "and (locked_until is null or locked_until < ?)")
                .params(Timestamp.from(until), kind.name(), subject, Timestamp.from(now)).update() > 0;
    }

    boolean clear(SignInGuard.Kind kind, String subject) {
        return jdbc.sql("delete from sign_in_guard where subject_kind = ? and subject = ?")
                .params(kind.name(), subject).update() > 0;
    }

    /** Subjects locked now, or with failures since {@code since}: locked first, then most failures. */
    List<SignInGuard.Block> since(Instant since, Instant now) {
        return jdbc.sql("select * from sign_in_guard where last_failure_at >= ? or locked_until > ? "
                        + "order by case when locked_until > ? then 0 else 1 end, failures desc, subject")
                .params(Timestamp.from(since), Timestamp.from(now), Timestamp.from(now)).query(ROW).list();
    }
}
