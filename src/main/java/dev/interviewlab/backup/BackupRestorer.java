package dev.interviewlab.backup;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Replaces the backed-up tables' rows with a backup's, all or nothing: the file is checked first
 * (format and schema version, every checksum, every row against the table's columns), then one
 * transaction empties the tables (children first), inserts the rows with their ids (parents first)
 * and moves the id counters past the restored ids. Restore is an offline job: stop the site first.
 */
@Service
public class BackupRestorer {

    private static final int BATCH = 500;

    public record Summary(Path file, long bytes, String schemaVersion, String sourceDatabase, Instant createdAt,
                          String applicationVersion, List<BackupWriter.TableCount> tables) {
    }

    private interface RowConsumer {
        void accept(Object[] values) throws SQLException;
    }

    private final BackupDatabase database;

    BackupRestorer(BackupDatabase database) {
        this.database = database;
    }

    public Summary restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("there is no file " + file);
        }
        try (ZipFile zip = open(file)) {
            Manifest manifest = Manifest.fromJson(BackupDatabase.JSON, bytes(zip, Manifest.ENTRY));
            checkSchemaVersion(manifest);
            Map<String, Manifest.TableEntry> tables = tablesByName(manifest);
            for (Manifest.TableEntry table : tables.values()) {
                verifyChecksum(zip, table);
            }
            List<BackupWriter.TableCount> counts = database.inTransaction(false, (connection, schema) -> {
                for (Manifest.TableEntry table : tables.values()) {
                    checkColumns(schema.table(table.name()), table);
                    long rows = readRows(zip, table, schema.table(table.name()), values -> { });
                    if (rows != table.rows()) {
                        throw new BackupException(table.file() + " has " + rows + " rows; the manifest says " + table.rows());
                    }
                }
                return replace(connection, schema, zip, tables);
            });
            return new Summary(file, Files.size(file), manifest.schemaVersion(), manifest.sourceDatabase(),
                    manifest.createdAt(), manifest.applicationVersion(), counts);
        } catch (IOException e) {
            throw new BackupException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BackupException("cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BackupException(file + " is not a ZIP file, so not an Interview Lab backup");
        }
    }

    private void checkSchemaVersion(Manifest manifest) {
        String current = database.schemaVersion();
        if (manifest.schemaVersion().equals(current)) {
            return;
        }
        MigrationVersion theirs;
        try {
            theirs = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new BackupException("the backup names an unknown database schema version \"" + manifest.schemaVersion() + "\"");
        }
        if (theirs.isNewerThan(current)) {
            throw new BackupException("the backup was made at database schema version " + manifest.schemaVersion()
                    + " (Interview Lab " + manifest.applicationVersion() + "), newer than this version's " + current
                    + "; restore it with Interview Lab " + manifest.applicationVersion() + " or later");
        }
        throw new BackupException("the backup was made at database schema version " + manifest.schemaVersion()
                + " (Interview Lab " + manifest.applicationVersion() + "), older than this version's " + current
                + "; restore it with Interview Lab " + manifest.applicationVersion() + " into an empty database, start"
                + " this version on that database once (it migrates the data) and take a new backup");
    }

    private static Map<String, Manifest.TableEntry> tablesByName(Manifest manifest) {
        Map<String, Manifest.TableEntry> byName = new HashMap<>();
        for (Manifest.TableEntry table : manifest.tables()) {
            if (!BackupTables.BACKED_UP.contains(table.name())) {
                throw new BackupException("the backup has a table " + table.name() + ", which this version does not restore");
            }
            if (byName.put(table.name(), table) != null) {
                throw new BackupException("the backup lists table " + table.name() + " twice");
            }
        }
        Map<String, Manifest.TableEntry> inOrder = new java.util.LinkedHashMap<>();
        for (String name : BackupTables.BACKED_UP) {
            Manifest.TableEntry table = byName.get(name);
            if (table == null) {
                throw new BackupException("the backup has no table " + name);
            }
            inOrder.put(name, table);
        }
        return inOrder;
    }

    private static void verifyChecksum(ZipFile zip, Manifest.TableEntry table) throws IOException {
        MessageDigest sha256 = BackupWriter.sha256();
        try (InputStream in = entry(zip, table.file())) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                sha256.update(buffer, 0, read);
            }
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equalsIgnoreCase(table.sha256())) {
            throw new BackupException(table.file() + " does not match its SHA-256 in the manifest: the file is damaged"
                    + " or was changed");
        }
    }

    private static void checkColumns(LiveSchema.Table live, Manifest.TableEntry table) {
        List<Manifest.ColumnEntry> expected = live.columns().stream()
                .map(c -> new Manifest.ColumnEntry(c.name(), c.portableType(live.name()).label())).toList();
        if (!expected.equals(table.columns())) {
            throw new BackupException("table " + table.name() + ": the backup's columns " + describe(table.columns())
                    + " differ from this database's " + describe(expected));
        }
    }

    private static String describe(List<Manifest.ColumnEntry> columns) {
        return columns.stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Reads and checks every row of a table's file, handing each to {@code consumer}; returns the count. */
    private static long readRows(ZipFile zip, Manifest.TableEntry table, LiveSchema.Table live, RowConsumer consumer)
            throws IOException, SQLException {
        List<LiveSchema.Column> columns = live.columns();
        Set<String> names = columns.stream().map(LiveSchema.Column::name).collect(Collectors.toSet());
        long count = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(entry(zip, table.file()),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            for (String line; (line = readLine(lines, table)) != null; ) {
                count++;
                String where = table.file() + " line " + count;
                JsonNode row;
                try {
                    row = BackupDatabase.JSON.readTree(line);
                } catch (JacksonException e) {
                    throw new BackupException(where + " is not valid JSON: " + e.getOriginalMessage());
                }
                if (row == null || !row.isObject()) {
                    throw new BackupException(where + " is not a JSON object");
                }
                for (String name : row.propertyNames()) {
                    if (!names.contains(name)) {
                        throw new BackupException(where + " has a column \"" + name + "\" that table " + live.name() + " does not have");
                    }
                }
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    values[i] = value(where, live.name(), columns.get(i), row);
                }
                consumer.accept(values);
            }
        }
        return count;
    }

    private static String readLine(BufferedReader lines, Manifest.TableEntry table) throws IOException {
        try {
            return lines.readLine();
        } catch (CharacterCodingException e) {
            throw new BackupException(table.file() + " is not UTF-8 text");
        }
    }

    private static Object value(String where, String table, LiveSchema.Column column, JsonNode row) {
        JsonNode value = row.get(column.name());
        if (value == null) {
            throw new BackupException(where + " has no value for column \"" + column.name() + "\"");
        }
        if (value.isNull()) {
            if (!column.nullable()) {
                throw new BackupException(where + ": column \"" + column.name() + "\" is null but must have a value");
            }
            return null;
        }
        PortableType type = column.portableType(table);
        Object parsed = type.parse(value, column.jdbcType());
        if (parsed == null) {
            String found = value.toString();
            throw new BackupException(where + ": column \"" + column.name() + "\" should be " + type.expected()
                    + ", not " + (found.length() > 60 ? found.substring(0, 60) + "…" : found));
        }
        return parsed;
    }

    private static List<BackupWriter.TableCount> replace(Connection connection, LiveSchema schema, ZipFile zip,
                                                         Map<String, Manifest.TableEntry> tables)
            throws SQLException, IOException {
        Map<String, Long> maxBefore = new HashMap<>();
        for (String name : BackupTables.BACKED_UP) {
            schema.table(name).identity().ifPresent(id -> maxBefore.put(name, max(connection, name, id.name())));
        }
        try (Statement statement = connection.createStatement()) {
            for (int i = BackupTables.BACKED_UP.size() - 1; i >= 0; i--) {
                statement.executeUpdate("DELETE FROM " + BackupTables.BACKED_UP.get(i));
            }
            for (BackupTables.Excluded excluded : BackupTables.EXCLUDED) {
                if (excluded.clearedOnRestore() && schema.has(excluded.name())) {
                    statement.executeUpdate("DELETE FROM " + excluded.name());
                }
            }
        }
        List<BackupWriter.TableCount> counts = new ArrayList<>();
        for (Manifest.TableEntry table : tables.values()) {
            counts.add(new BackupWriter.TableCount(table.name(), insert(connection, zip, table, schema.table(table.name()))));
        }
        for (String name : BackupTables.BACKED_UP) {
            LiveSchema.Table table = schema.table(name);
            if (table.identity().isPresent()) {
                String column = table.identity().get().name();
                long next = Math.max(maxBefore.get(name), max(connection, name, column)) + 1;
                try (Statement statement = connection.createStatement()) {
                    statement.execute(schema.dialect().restartIdentity(name, column, next));
                }
            }
        }
        return counts;
    }

    private static long insert(Connection connection, ZipFile zip, Manifest.TableEntry table, LiveSchema.Table live)
            throws SQLException, IOException {
        List<LiveSchema.Column> columns = live.columns();
        String sql = "INSERT INTO " + live.name() + " ("
                + columns.stream().map(LiveSchema.Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int[] pending = {0};
            long rows = readRows(zip, table, live, values -> {
                for (int i = 0; i < values.length; i++) {
                    PortableType.bind(insert, i + 1, values[i], columns.get(i).jdbcType());
                }
                insert.addBatch();
                if (++pending[0] == BATCH) {
                    insert.executeBatch();
                    pending[0] = 0;
                }
            });
            if (pending[0] > 0) {
                insert.executeBatch();
            }
            return rows;
        }
    }

    /** The largest id in the table, 0 when it is empty. */
    private static long max(Connection connection, String table, String column) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new BackupException("cannot read the largest id of " + table + ": " + e.getMessage(), e);
        }
    }

    private static InputStream entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BackupException("the backup has no " + name);
        }
        return zip.getInputStream(entry);
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BackupException(zip.getName() + " has no " + name + ", so it is not an Interview Lab backup");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

}
