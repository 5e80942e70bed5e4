package dev.interviewlab.quiz.attempt;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Lets one instance at a time close overdue attempts when several share a PostgreSQL database: a
 * transaction-level advisory lock ({@code pg_try_advisory_xact_lock}), taken by the sweep's batch
 * transaction and released by its commit or rollback, so no connection or crash can leave it held. An
 * instance that finds it taken skips the batch; the holder closes those attempts.
 *
 * <p>Correctness does not rest on the lock: the sweep and an answer still lock each attempt's row
 * ({@code FOR UPDATE}), and closing checks the attempt is still open. The lock saves the other
 * instances from queueing on the same rows every round. H2 serves a single instance (its database is a
 * file of that instance) and needs no lock.
 */
final class SweepLock {

    /** The advisory lock's key, the same on every instance: "ILSWEEP" in ASCII. */
    static final long KEY = 0x494C_5357_4545_50L;

    private final EntityManager entityManager;

    SweepLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the lock for the current transaction, on its connection; false when another transaction holds it. */
    boolean tryTake() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return true;
            }
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                statement.setLong(1, KEY);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        });
    }
}
