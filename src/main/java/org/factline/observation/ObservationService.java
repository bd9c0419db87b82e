package org.factline.observation;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.factline.source.SourceService;
import org.springframework.context.ApplicationEventPublisher;
import org.factline.revision.DataChanged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records and lists observations. Rows are only ever added or removed, never changed: a revision is a new row with
 * a newer vintage. Every write publishes {@link ObservationsChanged} in its transaction.
 */
@Service
public class ObservationService {

    /** The most observations one page may hold. */
    public static final int MAX_PAGE = 10_000;

    /** H2's "Row not found when trying to delete from index". */
    private static final int H2_ROW_NOT_FOUND_WHEN_DELETING = 90112;

    private final ObservationRepository repository;
    private final SourceService sources;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ObservationService(ObservationRepository repository, SourceService sources, ApplicationEventPublisher events,
                       PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.sources = sources;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records one observation and returns its id. Recording the same fact again (same series, period, source
     * and vintage, same value) returns the existing id; a different value for the same key is refused, since a
     * revision must come with a newer vintage. An article's figure is never official data.
     */
    @Transactional
    public long record(NewObservation o) {
        Optional<Observation> existing = repository.findSame(o);
        if (existing.isPresent()) {
            if (existing.get().value().compareTo(o.value()) != 0) {
                throw new Conflict("Source " + o.sourceId() + " already gives " + existing.get().value()
                        + " for " + o.indicatorCode() + " " + o.geographyCode() + " " + o.period() + " as of "
                        + o.vintage() + "; a revised value needs a newer vintage");
            }
            return existing.get().id();
        }
        if (o.status() == ObservationStatus.OFFICIAL
                && sources.find(o.sourceId()).map(s -> s.isArticle()).orElse(false)) {
            throw new InvalidInput("An article's figure is not official data: record it as preliminary, estimate, "
                    + "forecast, requested or rule");
        }
        long id = repository.insert(o);
        events.publishEvent(new DataChanged("observations"));
        events.publishEvent(ObservationsChanged.added(List.of(o)));
        return id;
    }

    /** Deletes one observation that nothing cites. */
    @Transactional
    public void delete(long id) {
        Observation o = find(id).orElseThrow(() -> new NotFound("No observation " + id));
        repository.delete(id);
        events.publishEvent(new DataChanged("observations"));
        events.publishEvent(ObservationsChanged.removed(Set.of(o.series()),
                List.of(new GeographyPeriods.Count(o.geographyCode(), o.period().start(), 1))));
    }

    /**
     * A writer of many observations, batch after batch, all tagged with the import they come from; it writes in the
     * caller's transaction, which must be open.
     */
    public ObservationWriter writer(Long importId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an observation writer writes in its caller's transaction: open one");
        }
        return new ObservationWriter(repository, events, importId);
    }

    /** Removes everything an import added; returns how many rows. */
    @Transactional
    public int deleteImport(long importId) {
        List<SeriesSummaries.Series> series = repository.seriesOfImport(importId);
        List<GeographyPeriods.Count> lost = repository.periodCountsOfImport(importId);
        int removed = repository.deleteImport(importId);
        events.publishEvent(new DataChanged("observations"));
        events.publishEvent(ObservationsChanged.removed(Set.copyOf(series), lost));
        return removed;
    }

    /**
     * Whether the database refused to delete a row because one of the table's indexes lacks it: H2's error 90112
     * ("Row not found when trying to delete from index"), which H2 reports as a lock timeout after retrying. H2's
     * recovery of a file whose process was killed in the middle of an import has left such an index (decision 015).
     */
    public static boolean isRowMissingFromAnIndex(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_ROW_NOT_FOUND_WHEN_DELETING) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes an import's rows from an embedded H2 database whose observation indexes lack some of them (see
     * {@link #isRowMissingFromAnIndex}): drops the table's indexes and unique keys, deletes the rows, and builds them
     * again, as H2 declares them, from the rows that remain, whether or not the delete succeeded. Each index is a
     * statement of its own, committed; on a big table this takes a while, which is why it is kept for the repair.
     * Returns how many rows were removed.
     */
    public int deleteImportRebuildingIndexes(long importId) {
        List<ObservationRepository.IndexDefinition> indexes = repository.indexDefinitionsOnH2();
        indexes.forEach(i -> repository.define(i.drop()));
        Integer removed;
        try {
            removed = transactions.execute(status -> deleteImport(importId));
        } finally {
            indexes.forEach(i -> repository.define(i.create()));
        }
        return removed == null ? 0 : removed;
    }

    @Transactional(readOnly = true)
    public Optional<Observation> find(long id) {
        return repository.find(id);
    }

    /** The observations with these ids, in no particular order. */
    @Transactional(readOnly = true)
    public List<Observation> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findAll(ids);
    }

    /**
     * One page of the selected observations in the given order (then by id, so pages are stable).
     *
     * @throws InvalidInput when the offset is negative or the limit is not 1 to {@link #MAX_PAGE}
     */
    @Transactional(readOnly = true)
    public List<Observation> page(ObservationSelection selection, FactSort sort, boolean descending, int offset,
                                  int limit) {
        if (offset < 0) {
            throw new InvalidInput("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput("limit must be between 1 and " + MAX_PAGE + ": " + limit);
        }
        return repository.page(selection, sort, descending, offset, limit);
    }

    /** Every selected observation in series order (indicator, geography, period, vintage), without holding them. */
    @Transactional(readOnly = true)
    public void forEach(ObservationSelection selection, Consumer<Observation> each) {
        repository.stream(selection, each);
    }

    /**
     * Brings the database's statistics on observations and series up to date (PostgreSQL; H2 keeps its own): after a
     * big load the planner otherwise takes the tables for what they were before it, and a re-import of a WDI-sized
     * file that asked for many series at once scanned the whole table each time (45.7 s instead of a few).
     */
    @Transactional
    public void refreshStatistics() {
        repository.analyze();
    }

    /** Whether a source gives any observation at all. */
    @Transactional(readOnly = true)
    public boolean hasAny(long sourceId) {
        return repository.hasAny(sourceId);
    }

    /** How many observations each source gives, by source id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countBySource(Collection<Long> sourceIds) {
        return repository.countBySource(sourceIds);
    }

    /**
     * The imports, by id above {@code last}, that rows are tagged with: with {@code last} the newest recorded
     * import, the rows a cut-off import left behind, which only a database's faulty recovery can keep.
     */
    @Transactional(readOnly = true)
    public List<Long> importIdsAbove(long last) {
        return repository.importIdsAbove(last);
    }

    /** How many of the given observations an import added. */
    @Transactional(readOnly = true)
    public long countInImport(long importId, Collection<Long> ids) {
        return ids.isEmpty() ? 0 : repository.countInImport(importId, ids);
    }
}
