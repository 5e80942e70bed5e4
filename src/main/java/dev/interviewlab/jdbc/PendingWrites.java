package dev.interviewlab.jdbc;

import jakarta.persistence.EntityManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A plain statement sees the database, not what JPA holds in memory: in a transaction that changed entities, those
 * changes reach the database at the next flush, which Hibernate does before its own queries but not before
 * JdbcTemplate's. Call {@link #flush} before such a read so it sees the transaction's own writes. A read-only
 * transaction (the pages' reads) has none, and pays nothing.
 */
public final class PendingWrites {

    private PendingWrites() {
    }

    /** Writes the current transaction's pending entity changes, if it is one that may have any. */
    public static void flush(EntityManager entityManager) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.flush();
        }
    }
}
