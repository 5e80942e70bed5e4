package dev.interviewlab.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the connected database as JDBC metadata describes them, with names in lower case
 * (H2 reports unquoted names in upper case, PostgreSQL in lower case).
 */
final class LiveSchema {

    enum Dialect {
        H2, POSTGRESQL;

        static Dialect of(String productName) {
            return switch (productName) {
                case "H2" -> H2;
                case "PostgreSQL" -> POSTGRESQL;
                default -> throw new BackupException("backup and restore support H2 and PostgreSQL, not " + productName);
            };
        }

        /** Orders text like Java does on both databases (PostgreSQL's default collation follows the locale). */
        String orderBy(Column column) {
            return this == POSTGRESQL && column.type().orElse(null) == PortableType.STRING ? column.name() + " COLLATE \"C\"" : column.name();
        }

        /** Moves an identity column's counter so that the next generated value is {@code next}. */
        String restartIdentity(String table, String column, long next) {
            return switch (this) {
                case H2 -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next;
                case POSTGRESQL -> "SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next + ", false)";
            };
        }
    }

    /** A column; {@code type} is empty for a type the backup format cannot carry. */
    record Column(String name, Optional<PortableType> type, int jdbcType, String typeName, boolean nullable, boolean identity) {

        PortableType portableType(String table) {
            return type.orElseThrow(() -> new BackupException("column " + table + "." + name + " has type " + typeName
                    + ", which the backup format cannot carry"));
        }
    }

    /** A table with its columns ordered by name and its primary key's columns in key order. */
    record Table(String name, List<Column> columns, List<String> primaryKey) {

        Optional<Column> identity() {
            return columns.stream().filter(Column::identity).findFirst();
        }

        Column column(String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
        }
    }

    private final Dialect dialect;
    private final String product;
    private final Map<String, Table> tables;

    private LiveSchema(Dialect dialect, String product, Map<String, Table> tables) {
        this.dialect = dialect;
        this.product = product;
        this.tables = tables;
    }

    static LiveSchema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Dialect dialect = Dialect.of(meta.getDatabaseProductName());
        String schema = connection.getSchema();
        Map<String, String> names = new TreeMap<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                names.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            tables.put(name.getKey(), new Table(name.getKey(), columns(meta, connection.getCatalog(), schema, name.getValue()),
                    primaryKey(meta, connection.getCatalog(), schema, name.getValue())));
        }
        return new LiveSchema(dialect, meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), tables);
    }

    private static List<Column> columns(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                int jdbcType = rows.getInt("DATA_TYPE");
                String typeName = rows.getString("TYPE_NAME");
                columns.add(new Column(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        PortableType.ofColumn(jdbcType, typeName), jdbcType, typeName,
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        columns.sort(Comparator.comparing(Column::name));
        return List.copyOf(columns);
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(key.values());
    }

    Dialect dialect() {
        return dialect;
    }

    /** The database's product name and version, as a manifest names its source. */
    String product() {
        return product;
    }

    TreeSet<String> tableNames() {
        return new TreeSet<>(tables.keySet());
    }

    boolean has(String table) {
        return tables.containsKey(table);
    }

    Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new BackupException("the database has no table " + name);
        }
        return table;
    }
}
