package org.factline.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a client's reads at least as new as its own last write, though the replica replays the primary's changes a
 * moment later. After a request commits a write, the primary's WAL position is noted for the rest of that request
 * and sent to the client in a cookie, once, with the response's headers; a read-only transaction of a request that carries a position reads the replica
 * only once the replica has replayed that far, and the primary until then ({@link CaughtUpReplica}). The cookie
 * travels with the client, so it holds whichever instance behind the load balancer serves the next request.
 */
final class ReadYourWrites extends OncePerRequestFilter implements TransactionExecutionListener {

    static final String COOKIE = "factline-wal";
    /** A WAL position as PostgreSQL writes it: two hexadecimal numbers. Anything else in the cookie is ignored. */
    private static final Pattern LSN = Pattern.compile("[0-9A-F]{1,8}/[0-9A-F]{1,8}");
    /** Long past any lag worth waiting for: after this the client reads the replica again, caught up or not. */
    private static final int COOKIE_SECONDS = 300;
    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    /**
     * The request being served on this thread: the position its reads need, and whether a write of its own moved it
     * (then the response carries the newest position in one cookie, however many transactions it committed).
     */
    private static final class Client {
        volatile String position;
        volatile boolean wrote;
        private boolean sent;

        Client(String position) {
            this.position = position;
        }

        synchronized void send(HttpServletResponse response) {
            if (wrote && !sent) {
                sent = true;
                response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, position).path("/")
                        .maxAge(COOKIE_SECONDS).httpOnly(true).sameSite("Lax").build().toString());
            }
        }
    }

    private static final ThreadLocal<Client> CLIENT = new ThreadLocal<>();
    private final DataSource primary;

    ReadYourWrites(DataSource primary) {
        this.primary = primary;
    }

    /** The WAL position this thread's reads must see, or null when they may read the replica as it is. */
    static String required() {
        Client c = CLIENT.get();
        return c == null ? null : c.position;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String position = null;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && LSN.matcher(c.getValue()).matches()) {
                    position = c.getValue();
                }
            }
        }
        Client client = new Client(position);
        CLIENT.set(client);
        try {
            chain.doFilter(request, new OnCommittedResponseWrapper(response) {
                @Override
                protected void onResponseCommitted() {
                    client.send(response);
                }
            });
        } finally {
            CLIENT.remove();
            if (!response.isCommitted()) {
                client.send(response);
            }
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        Client client = CLIENT.get();
        if (client == null || failure != null || !transaction.isNewTransaction() || transaction.isReadOnly()) {
            return;
        }
        try (Connection c = primary.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_current_wal_lsn()")) {
            rs.next();
            client.position = rs.getString(1);
            client.wrote = true;
        } catch (SQLException e) {
            // The write is committed; at worst this client reads the replica a moment early.
            log.warn("Could not read the primary's WAL position after a write: {}", e.getMessage());
        }
    }
}
