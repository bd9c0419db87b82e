package org.factline.observation;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.factline.revision.DataChanged;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes one import's rows, batch after batch, in the caller's transaction, and reads back what the import's series
 * hold. On H2 a batch is written when it is added, and a read is done when it is started. On PostgreSQL a batch is
 * COPYed while the caller reads and sorts the next one, one COPY at a time: adding a batch first waits for the one
 * before; and a read runs while the caller reads on. What a batch changed (series summaries, counts per period) is
 * published when it has been written, before the next one is, as a single write would publish it. Call
 * {@link #finish()} when every batch is added, and {@link #close()} in any case, so that nothing is left running when
 * the transaction ends.
 */
public final class ObservationWriter implements AutoCloseable {

    private final ObservationRepository repository;
    private final ApplicationEventPublisher events;
    private final Long importId;
    private InFlight<Long> inFlight;
    private List<NewObservation> inFlightRows;
    private final Deque<InFlight<Map<SeriesKey, List<Vintages.Value>>>> reads = new ArrayDeque<>();

    ObservationWriter(ObservationRepository repository, ApplicationEventPublisher events, Long importId) {
        this.repository = repository;
        this.events = events;
        this.importId = importId;
    }

    /** Writes these rows (a copy of the list is taken) once the batch before them is written. */
    public void add(List<NewObservation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        finish();
        inFlightRows = List.copyOf(observations);
        inFlight = repository.start(inFlightRows, importId);
    }

    /**
     * Starts reading every value these series hold, each period with each of its vintages, once every batch added is
     * written, so that the read sees them (a batch added after it may be written before it runs: ask for series that
     * later batches do not hold). Reads are taken with {@link #read()} in the order they were started; the database
     * may answer the next while the caller handles the one before.
     */
    public void startReading(Collection<SeriesKey> series) {
        finish();
        reads.add(repository.startVintagesOf(series));
    }

    /**
     * How many rows a caller should let wait for one read at most: 10,000 on PostgreSQL, where each read is a
     * statement that finds its series (a re-import of 1.6 million values took 1.7–1.8 s against 2.1–2.4 s with
     * 5,000), 5,000 on H2, whose re-import got slower with more (5.4 s against 4.9 s with 10,000).
     */
    public int rowsPerRead() {
        return repository.isPostgres() ? 10_000 : 5_000;
    }

    /**
     * What the oldest read not yet taken found, by series (a series with nothing stored is absent), waiting for it.
     *
     * @throws IllegalStateException if every read started has been taken
     */
    public Map<SeriesKey, List<Vintages.Value>> read() {
        if (reads.isEmpty()) {
            throw new IllegalStateException("no read was started");
        }
        return reads.poll().await();
    }

    /**
     * Waits until every batch added is written and published.
     *
     * @throws org.springframework.dao.DataAccessException what the database refused, as a single write would throw it
     */
    public void finish() {
        List<NewObservation> rows = awaitInFlight();
        if (rows != null) {
            events.publishEvent(new DataChanged("observations"));
            events.publishEvent(ObservationsChanged.added(rows));
        }
    }

    /**
     * Waits for the reads still running and a batch still being written, without publishing it: for an import that is
     * being given up, whose transaction will be rolled back. Throws what the database refused in that batch (or else
     * in the first read it refused), the likely reason the statements after it failed (PostgreSQL refuses every
     * statement of a transaction after an error).
     */
    @Override
    public void close() {
        RuntimeException readFailed = null;
        while (!reads.isEmpty()) {
            try {
                read();
            } catch (RuntimeException e) {
                readFailed = readFailed == null ? e : readFailed;
            }
        }
        try {
            awaitInFlight();
        } catch (RuntimeException e) {
            if (readFailed != null) {
                e.addSuppressed(readFailed);
            }
            throw e;
        }
        if (readFailed != null) {
            throw readFailed;
        }
    }

    /** Waits for the batch in flight, if any, and returns its rows (null when none was); it is no longer in flight. */
    private List<NewObservation> awaitInFlight() {
        if (inFlight == null) {
            return null;
        }
        InFlight<Long> written = inFlight;
        List<NewObservation> rows = inFlightRows;
        inFlight = null;
        inFlightRows = null;
        written.await();
        return rows;
    }
}
