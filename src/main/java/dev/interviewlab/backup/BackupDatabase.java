package dev.interviewlab.backup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/** The configured database as backup and restore see it: one transaction at a time, its schema and version. */
@Component
class BackupDatabase {

    /** Jackson as the format needs it: no configuration of the site's, a repeated key refused. */
    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    interface Work<T> {
        T run(Connection connection, LiveSchema schema) throws SQLException, IOException;
    }

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final Flyway flyway;

    BackupDatabase(JdbcTemplate jdbc, PlatformTransactionManager transactions, Flyway flyway) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.flyway = flyway;
    }

    /** The Flyway version of the newest migration applied to this database. */
    String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new BackupException("the database has no Flyway schema version");
        }
        return current.getVersion().getVersion();
    }

    /**
     * Runs {@code work} in one transaction on one connection: read-only and repeatable-read for a
     * backup (one consistent snapshot even if the site writes meanwhile), read-write for a restore.
     */
    <T> T inTransaction(boolean readOnly, Work<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        if (readOnly) {
            template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        }
        try {
            return template.execute(status -> jdbc.execute((ConnectionCallback<T>) connection -> {
                try {
                    return work.run(connection, LiveSchema.read(connection));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (DataAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof BackupException backup) {
                throw backup;
            }
            throw new BackupException(firstLine(cause.getMessage()), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
