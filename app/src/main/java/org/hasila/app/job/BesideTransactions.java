package org.hasila.app.job;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions on a connection of their own, beside a step's: for reads on another thread, or beside a
 * cursor that a second statement on its connection would make H2 read into memory first.
 */
final class BesideTransactions {

    private BesideTransactions() {
    }

    static TransactionTemplate readOnly(PlatformTransactionManager transactionManager) {
        TransactionTemplate beside = new TransactionTemplate(transactionManager);
        beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        beside.setReadOnly(true);
        return beside;
    }
}
