package org.factline.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The replica, for read-only transactions, when it can serve them: it is up, and it has replayed the client's own
 * last write ({@link ReadYourWrites}). Otherwise the primary serves the read. A replica that fails to give a
 * connection is left alone for 5 s, then tried by one reader at a time, so that readers do not each wait for it
 * while it is down.
 */
final class CaughtUpReplica extends DelegatingDataSource {

    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Logger log = LoggerFactory.getLogger(CaughtUpReplica.class);

    private final DataSource primary;
    private volatile long downUntil = System.nanoTime();
    private volatile boolean down;
    /** While the replica is down, one reader at a time tries it again; the others read the primary meanwhile. */
    private final AtomicBoolean probing = new AtomicBoolean();

    CaughtUpReplica(DataSource replica, DataSource primary) {
        super(replica);
        this.primary = primary;
    }

    @Override
    public Connection getConnection() throws SQLException {
        boolean probe = false;
        if (down) {
            if (System.nanoTime() - downUntil < 0 || !probing.compareAndSet(false, true)) {
                return primary.getConnection();
            }
            probe = true;
        }
        try {
            return connect();
        } finally {
            if (probe) {
                probing.set(false);
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection replica = null;
        try {
            replica = super.getConnection();
            String position = ReadYourWrites.required();
            boolean usable = position == null || replayed(replica, position);
            if (down) {
                down = false;
                log.info("The read replica is back: read-only transactions use it again");
            }
            if (usable) {
                return replica;
            }
            replica.close();
        } catch (SQLException e) {
            closeQuietly(replica);
            if (!down) {
                log.warn("The read replica is unreachable ({}): reads go to the primary, retrying every 5 s",
                        e.getMessage());
            }
            down = true;
            downUntil = System.nanoTime() + RETRY_NANOS;
        }
        return primary.getConnection();
    }

    /** Whether the replica has replayed the primary's WAL up to the position. */
    private static boolean replayed(Connection replica, String position) throws SQLException {
        try (PreparedStatement s = replica.prepareStatement("select pg_last_wal_replay_lsn() >= cast(? as pg_lsn)")) {
            s.setString(1, position);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // a broken connection: the pool drops it
        }
    }
}
