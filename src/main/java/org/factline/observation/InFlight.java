package org.factline.observation;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Work on the caller's PostgreSQL connection that another thread carries out while the caller goes on (on H2, work
 * already done): a COPY that the thread feeds, or a query whose rows it reads. The statement was started or prepared
 * on the caller's connection, inside the caller's transaction; the driver runs one statement at a time on a
 * connection, so what the caller sends meanwhile waits its turn (a COPY holds every other statement back until it
 * ends: what the caller does next sees it whole). {@link #await()} gives the result, or throws what the database said
 * as any JDBC call would.
 */
final class InFlight<T> {

    /**
     * The threads that feed COPYs and read queries: two per import at most (a COPY and a read, or two reads), idle
     * ones ending after a minute.
     */
    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "factline-import-db");
                t.setDaemon(true);
                return t;
            });

    /** Work on the other side of a COPY or a query. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Future<T> result;
    private final SQLExceptionTranslator translator;
    private final String sql;

    private InFlight(Future<T> result, SQLExceptionTranslator translator, String sql) {
        this.result = result;
        this.translator = translator;
        this.sql = sql;
    }

    /** Runs the work on a thread of its own. */
    static <T> InFlight<T> start(Work<T> work, SQLExceptionTranslator translator, String sql) {
        return new InFlight<>(THREADS.submit(work::run), translator, sql);
    }

    /** Work already done. */
    static <T> InFlight<T> done(T result) {
        return new InFlight<>(CompletableFuture.completedFuture(result), null, null);
    }

    /** The result, once the work has ended. */
    T await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("interrupted while waiting for " + sql, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                String task = sql.strip().split("\\s", 2)[0].toUpperCase(Locale.ROOT); // COPY or SELECT
                DataAccessException translated = translator.translate(task, sql, s);
                throw translated != null ? translated : new UncategorizedSQLException(task, sql, s);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(sql + " failed", e.getCause());
        }
    }
}
