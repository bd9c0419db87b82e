package org.factline.importer;

import java.util.List;
import org.factline.observation.ObservationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the seed and any import, removes the rows of imports that were cut off (the process killed)
 * and yet left rows behind. An import records itself in {@code import_batch} in the same transaction as its rows,
 * so such rows name an import id above the newest recorded one. A database's recovery should never keep them; the
 * embedded H2's, after a SIGKILL in the middle of a large transaction, once kept one row, and once rows that an index
 * lacked, so that deleting them failed (decision 015): then the observation table's indexes are built again around
 * the delete. They are removed as an undo removes an import's rows, so series summaries and counts follow.
 */
@Component
@Order(-1)
class InterruptedImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final ImportLog importLog;
    private final ObservationService observations;

    InterruptedImports(ImportLog importLog, ObservationService observations) {
        this.importLog = importLog;
        this.observations = observations;
    }

    @Override
    public void run(ApplicationArguments args) {
        removeLeftovers();
    }

    /**
     * Removes the rows no recorded import accounts for; returns how many. An import that another instance commits
     * meanwhile (PostgreSQL, several instances) shows its record and its rows together: its id is looked up again
     * after its rows were seen, and its rows stay.
     */
    int removeLeftovers() {
        List<Long> cutOff = observations.importIdsAbove(importLog.lastId());
        int removed = 0;
        for (long importId : cutOff) {
            if (importLog.find(importId).isPresent()) {
                continue; // committed since the newest record was read
            }
            int rows;
            try {
                rows = observations.deleteImport(importId);
            } catch (DataAccessException e) {
                if (!ObservationService.isRowMissingFromAnIndex(e)) {
                    throw e;
                }
                log.warn("Import #{} left rows that an index of the observation table lacks (the embedded database's"
                        + " recovery after the process was killed): rebuilding the table's indexes", importId);
                rows = observations.deleteImportRebuildingIndexes(importId);
            }
            log.warn("Removed {} observation{} left behind by import #{}, which was cut off before it finished",
                    rows, rows == 1 ? "" : "s", importId);
            removed += rows;
        }
        return removed;
    }
}
