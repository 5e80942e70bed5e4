package dev.interviewlab.backup;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every backed-up table's rows read with plain {@code SELECT *}, independently of the backup's own
 * reading, with values made comparable across H2 and PostgreSQL (whole numbers as long, times with
 * a zone as instants) and rows in a fixed order.
 */
final class TableContents {

    private TableContents() {
    }

    static Map<String, List<Map<String, Object>>> of(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : BackupTables.BACKED_UP) {
            tables.put(table, rows(jdbc, table));
        }
        return tables;
    }

    static List<Map<String, Object>> rows(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("SELECT * FROM " + table).stream()
                .map(TableContents::normalized)
                .sorted(Comparator.comparing(Object::toString))
                .toList();
    }

    private static Map<String, Object> normalized(Map<String, Object> row) {
        Map<String, Object> normalized = new TreeMap<>();
        row.forEach((column, value) -> normalized.put(column.toLowerCase(Locale.ROOT), normalized(value)));
        return normalized;
    }

    private static Object normalized(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return ((Number) value).longValue();
        } else if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        } else if (value instanceof Timestamp time) {
            // PostgreSQL's driver gives timestamptz as java.sql.Timestamp
            return time.toInstant();
        } else if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value;
    }
}
