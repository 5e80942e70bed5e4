package dev.interviewlab.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns in plain JDBC statements, the same way on H2 and
 * PostgreSQL (both drivers map that type to {@link OffsetDateTime}), as Hibernate stores them.
 */
public final class SqlTime {

    private SqlTime() {
    }

    /** A statement parameter for {@code instant}. */
    public static OffsetDateTime parameter(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The column's instant, null for SQL NULL. */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
