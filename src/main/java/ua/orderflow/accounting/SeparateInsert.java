package ua.orderflow.accounting;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a row that may already exist, in a transaction of its own: on PostgreSQL a duplicate key
 * would otherwise abort the caller's whole transaction.
 */
@Component
public class SeparateInsert {

    private final TransactionTemplate requiresNew;

    public SeparateInsert(PlatformTransactionManager transactions) {
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void unlessPresent(Runnable insert) {
        try {
            requiresNew.executeWithoutResult(tx -> insert.run());
        } catch (DuplicateKeyException alreadyThere) {
            // someone else inserted it first, which is all the caller needs
        }
    }
}
