package dev.interviewlab.quiz.attempt;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;

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
@Component
class SweepLock {

    /** The advisory lock's key, the same on every instance: "ILSWEEP" in ASCII. */
    static final long KEY = 0x494C_5357_4545_50L;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    SweepLock(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = "PostgreSQL".equals(product);
    }

    /** Takes the lock for the current transaction; false when another transaction holds it. */
    boolean tryTake() {
        return !postgres || Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, KEY));
    }
}
