package org.hasila.app.job;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a store write in a savepoint of the chunk's transaction and, when another process inserted the same row in
 * the meantime, once more. The store's MERGE inserts a row it does not see; on PostgreSQL, an insert of a row that
 * a concurrent transaction inserted waits for it and fails on the duplicate key once it commits, and the failed
 * statement would abort the whole chunk. Workers meet this when two files with the same content (one document) fall
 * in partitions ingested at the same time; run again, the MERGE sees the row and updates it.
 */
final class ConcurrentSaves {

    private final TransactionTemplate savepoint;

    ConcurrentSaves(PlatformTransactionManager transactionManager) {
        savepoint = new TransactionTemplate(transactionManager);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    void save(Runnable write) {
        try {
            savepoint.executeWithoutResult(status -> write.run());
        } catch (DuplicateKeyException e) {
            savepoint.executeWithoutResult(status -> write.run());
        }
    }
}
