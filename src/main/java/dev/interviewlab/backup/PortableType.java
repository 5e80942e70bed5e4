package dev.interviewlab.backup;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * How a column's values are written in a backup, the same from H2 and PostgreSQL: whole numbers and
 * floating-point numbers as JSON numbers, text as strings, booleans as true/false, times with a zone
 * as ISO-8601 UTC ({@code 2026-01-31T12:00:00.123456Z}), times without one and dates in ISO form,
 * binary as base64; NULL as null (docs/backup-format.md).
 */
public enum PortableType {

    INTEGER("integer", "a whole number") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            long value = rows.getLong(index);
            putOrNull(rows, row, name, () -> row.put(name, value));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                return null;
            }
            long number = value.longValue();
            if (jdbcType == Types.INTEGER || jdbcType == Types.SMALLINT || jdbcType == Types.TINYINT) {
                return number < Integer.MIN_VALUE || number > Integer.MAX_VALUE ? null : (int) number;
            }
            return number;
        }
    },
    DOUBLE("double", "a number") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            double value = rows.getDouble(index);
            if (!rows.wasNull() && !Double.isFinite(value)) {
                throw new BackupException("column " + name + " holds " + value + ", which JSON cannot carry");
            }
            putOrNull(rows, row, name, () -> row.put(name, value));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            return value.isNumber() ? value.doubleValue() : null;
        }
    },
    STRING("string", "a string") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            String value = rows.getString(index);
            putOrNull(rows, row, name, () -> row.put(name, value));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            return value.isString() ? value.stringValue() : null;
        }
    },
    BOOLEAN("boolean", "true or false") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            boolean value = rows.getBoolean(index);
            putOrNull(rows, row, name, () -> row.put(name, value));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            return value.isBoolean() ? value.booleanValue() : null;
        }
    },
    TIMESTAMP("timestamp", "an ISO-8601 UTC time such as 2026-01-31T12:00:00Z") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
            putOrNull(rows, row, name, () -> row.put(name, DateTimeFormatter.ISO_INSTANT.format(value.toInstant())));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            return parsed(value, text -> OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC));
        }
    },
    LOCAL_TIMESTAMP("local-timestamp", "an ISO-8601 time without zone such as 2026-01-31T12:00:00") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            LocalDateTime value = rows.getObject(index, LocalDateTime.class);
            putOrNull(rows, row, name, () -> row.put(name, DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value)));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            return parsed(value, LocalDateTime::parse);
        }
    },
    DATE("date", "an ISO date such as 2026-01-31") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            LocalDate value = rows.getObject(index, LocalDate.class);
            putOrNull(rows, row, name, () -> row.put(name, value.toString()));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            return parsed(value, LocalDate::parse);
        }
    },
    BINARY("binary", "base64 text") {
        @Override
        void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException {
            byte[] value = rows.getBytes(index);
            putOrNull(rows, row, name, () -> row.put(name, Base64.getEncoder().encodeToString(value)));
        }

        @Override
        Object parse(JsonNode value, int jdbcType) {
            return parsed(value, Base64.getDecoder()::decode);
        }
    };

    private final String label;
    private final String expected;

    PortableType(String label, String expected) {
        this.label = label;
        this.expected = expected;
    }

    /** The type's name in the manifest. */
    public String label() {
        return label;
    }

    /** What a value of this type looks like, for messages about a value that is not one. */
    String expected() {
        return expected;
    }

    /** Puts the column's value of the current row into {@code row} under {@code name}. */
    abstract void read(ResultSet rows, int index, ObjectNode row, String name) throws SQLException;

    /** The value to bind for a non-null JSON value, or null when the value is not of this type. */
    abstract Object parse(JsonNode value, int jdbcType);

    static void bind(PreparedStatement statement, int index, Object value, int jdbcType) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType);
        } else {
            statement.setObject(index, value);
        }
    }

    static Optional<PortableType> ofLabel(String label) {
        for (PortableType type : values()) {
            if (type.label.equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The portable type of a column as JDBC metadata describes it on H2 or PostgreSQL, if the format has one. */
    static Optional<PortableType> ofColumn(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> DOUBLE;
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.CLOB -> STRING;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP and names it
            case Types.TIMESTAMP -> name.equals("timestamptz") || name.contains("with time zone") ? TIMESTAMP : LOCAL_TIMESTAMP;
            case Types.DATE -> DATE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> null;
        });
    }

    private interface SqlAction {
        void run();
    }

    private static void putOrNull(ResultSet rows, ObjectNode row, String name, SqlAction put) throws SQLException {
        if (rows.wasNull()) {
            row.putNull(name);
        } else {
            put.run();
        }
    }

    private static Object parsed(JsonNode value, java.util.function.Function<String, Object> parser) {
        if (!value.isString()) {
            return null;
        }
        try {
            return parser.apply(value.stringValue());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }
}
