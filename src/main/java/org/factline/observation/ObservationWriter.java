package org.factline.observation;

import java.util.List;
import org.factline.revision.DataChanged;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes one import's rows, batch after batch, in the caller's transaction. On H2 a batch is written when it is added.
 * On PostgreSQL it is COPYed while the caller reads and sorts the next one, one COPY at a time: adding a batch first
 * waits for the one before. What a batch changed (series summaries, counts per period) is published when it has been
 * written, before the next one is, as a single write would publish it. Call {@link #finish()} when every batch is
 * added, and {@link #close()} in any case, so that no COPY is left running when the transaction ends.
 */
public final class ObservationWriter implements AutoCloseable {

    private final ObservationRepository repository;
    private final ApplicationEventPublisher events;
    private final Long importId;
    private InFlight<Long> inFlight;
    private List<NewObservation> inFlightRows;

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
     * Waits for a batch still being written, without publishing it: for an import that is being given up, whose
     * transaction will be rolled back. Throws what the database refused in that batch, the likely reason the
     * statements after it failed (PostgreSQL refuses every statement of a transaction after an error).
     */
    @Override
    public void close() {
        awaitInFlight();
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
