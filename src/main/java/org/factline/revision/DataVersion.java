package org.factline.revision;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data's version, shared by every instance through the database: moved on once by each committed transaction
 * that published a {@link DataChanged}, just before it commits (so the row is locked only for that moment, and a
 * transaction rolled back, a dry run, moves nothing). HTTP answers derive their {@code ETag} from it.
 */
@Service
public class DataVersion {

    private final DataVersionRepository repository;

    DataVersion(DataVersionRepository repository) {
        this.repository = repository;
    }

    /** The version now: a number that changes with every committed change readers can see. */
    @Transactional(readOnly = true)
    public long current() {
        return repository.current();
    }

    @EventListener
    void changed(DataChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            repository.bump();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return; // this transaction moves the version once
        }
        TransactionSynchronizationManager.bindResource(this, event);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                repository.bump();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DataVersion.this);
            }
        });
    }
}
