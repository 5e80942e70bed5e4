package dev.interviewlab.jdbc;

import jakarta.persistence.EntityManager;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.util.List;

/**
 * Plain SQL selects for the reads every signed-in page makes, where building a Spring Data query and mapping its
 * results through Hibernate cost more than the database spent executing it (docs/benchmarks/performance.md, sixth
 * pass). A select runs in the caller's transaction (the JPA transaction manager lends its connection) and maps rows
 * to values, never entities.
 * <p>
 * A plain statement sees the database, not what JPA holds in memory: Hibernate flushes a transaction's entity changes
 * before its own queries, not before JdbcTemplate's. So in a read-write transaction the pending changes are flushed
 * first, and the select sees the transaction's own writes; a read-only transaction (the pages' reads) has none and
 * pays nothing. A flush that fails (another transaction changed a row first) throws Spring's translated exception, as
 * the commit would have, so a caller's handling of {@code ObjectOptimisticLockingFailureException} still applies.
 */
@Component
public class PlainReads {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    PlainReads(DataSource dataSource, EntityManager entityManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
    }

    /** The rows of {@code sql} with {@code parameters}, each mapped by {@code row}. */
    public <T> List<T> query(String sql, RowMapper<T> row, Object... parameters) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            try {
                entityManager.flush();
            } catch (RuntimeException e) {
                DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(e);
                throw translated != null ? translated : e;
            }
        }
        return jdbc.query(sql, row, parameters);
    }
}
